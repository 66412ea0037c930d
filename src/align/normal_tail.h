// The length model's price of a length difference: -log of the two-sided
// tail probability of a standard normal beyond |delta| standard deviations.
#pragma once

namespace samklang {

// Exact: -log(erfc(|delta| / sqrt 2)) up to 6 deviations, its asymptotic
// form beyond (where erfc would underflow).
double normal_tail_cost(double delta);

// The same from a table: cubic Hermite interpolation between nodes 1/128
// apart over [0, 6], within 1e-10 of normal_tail_cost there (1.1e-12
// measured; a unit test checks it), the asymptotic form beyond. The
// aligner asks for it at every cell of its lattice, where erfc and log
// were a sixth of the run time.
double normal_tail_cost_fast(double delta);

}  // namespace samklang
