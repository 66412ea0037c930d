// The only include of Catch2 in the project.
#pragma once
#include <catch2/catch.hpp>
