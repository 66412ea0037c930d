"""Runs the shell steps of scripts/ci/github/action.yml and the script of
scripts/ci/gitlab/samklang.gitlab-ci.yml on a project, with samklang on PATH,
the way the runners would (inputs as environment variables, GITHUB_OUTPUT a
file). Usage: run_steps.py SOURCE_DIR PROJECT_DIR FAIL_ON; prints one line per
step: `github <name> <exit>` or `gitlab <exit>`."""
import os
import re
import subprocess
import sys

import yaml

root, project, fail_on = sys.argv[1:4]


def expand(text, inputs, outputs):
    def one(m):
        expr = m.group(1).strip()
        if expr.startswith("inputs."):
            return inputs[expr[len("inputs."):]]
        if expr.startswith("steps."):
            _, step, _, key = expr.split(".")
            return outputs.get(step, {}).get(key, "")
        raise SystemExit(f"unknown expression {expr}")
    return re.sub(r"\$\{\{(.*?)\}\}", one, text)


action = yaml.safe_load(open(os.path.join(root, "scripts/ci/github/action.yml")))
inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
inputs["fail-on"] = fail_on
outputs = {}
for step in action["runs"]["steps"]:
    if "run" not in step:
        continue  # the upload needs GitHub
    cond = step.get("if")
    if cond:  # the action's only condition: a SARIF file is wanted
        if cond != "inputs.sarif-file != ''":
            raise SystemExit(f"unknown condition {cond}")
        if not inputs["sarif-file"]:
            continue
    env = dict(os.environ)
    env.update({k: expand(str(v), inputs, outputs) for k, v in step.get("env", {}).items()})
    out_file = os.path.join(project, "github_output")
    open(out_file, "w").close()
    env["GITHUB_OUTPUT"] = out_file
    result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=project, env=env,
                            capture_output=True, text=True)
    sys.stderr.write(result.stdout + result.stderr)
    if "id" in step:
        outputs[step["id"]] = dict(line.split("=", 1) for line in open(out_file).read().split())
    print(f"github {step['name'].replace(' ', '-')} {result.returncode}")
    if result.returncode != 0:
        break

job = yaml.safe_load(open(os.path.join(root, "scripts/ci/gitlab/samklang.gitlab-ci.yml")))["samklang"]
env = dict(os.environ)
env.update({k: str(v) for k, v in job["variables"].items()})
env["SAMKLANG_FAIL_ON"] = fail_on
status = 0
for line in job["script"]:
    status = subprocess.run(["bash", "-c", line], cwd=project, env=env).returncode
print(f"gitlab {status}")
report = job["artifacts"]["reports"]["junit"]
print("junit-written" if os.path.exists(os.path.join(project, report)) else "junit-missing")
