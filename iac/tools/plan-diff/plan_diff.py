#!/usr/bin/env python3
"""Does iac/ in the working tree plan the same resources as iac/ at another git revision?

Plans every environment of both trees against mocked AWS (mocked-aws.tftest.hcl, `terraform test
-verbose`: no credentials, no network), rewrites the working tree's resource addresses to the old
ones with a renames file, and diffs the plans resource by resource, outputs included. An
environment whose main.tf carries a commented-out custom domain is planned a second time with it
switched on, so the optional certificate and DNS records are compared too.

    iac/tools/plan-diff/plan_diff.py BASE_REV [--renames FILE] [--plugin-dir DIR] [--stand-ins]

--plugin-dir: where `terraform init` finds providers instead of downloading them.
--stand-ins:  for a machine that has the AWS provider only: the random and archive providers'
              resources become terraform_data, so their own arguments are not compared.

Exit status 0 when every plan is the same, 1 when one differs or cannot be planned.
"""
import argparse
import difflib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
MOCKS = HERE / "mocked-aws.tftest.hcl"
DOMAIN_LINE = re.compile(r"^( *)# (domain_names|route53_zone_id)( +)=", re.M)


def main() -> int:
    args = parse_args()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="plan-diff-"))
    base, new = scratch / "base", scratch / "new"
    export_revision(args.base_rev, base)
    shutil.copytree(REPO / "iac", new / "iac", ignore=shutil.ignore_patterns(".terraform", "backend.tf", "tfplan"))
    renames = read_renames(args.renames)
    same = True
    for tree in (base, new):
        prepare(tree / "iac", args.stand_ins)
    for env in sorted(p.name for p in (base / "iac/envs").iterdir() if p.is_dir()):
        old_plan = plan(base / "iac/envs" / env, args.plugin_dir)
        new_plan = plan(new / "iac/envs" / env, args.plugin_dir)
        if old_plan is None or new_plan is None:
            same = False
            continue
        old_text, new_text = normalize(old_plan, []), normalize(new_plan, renames)
        if old_text == new_text:
            print(f"{env}: same plan ({old_text.count(chr(10) + '# ')} resources and data sources)")
        else:
            same = False
            print(f"{env}: THE PLANS DIFFER")
            sys.stdout.writelines(difflib.unified_diff(old_text.splitlines(True), new_text.splitlines(True),
                                                       f"{args.base_rev}:{env}", f"working tree:{env}", n=4))
    shutil.rmtree(scratch)
    return 0 if same else 1


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_rev")
    parser.add_argument("--renames", type=pathlib.Path, help="lines 'new-address-regex => old-address'")
    parser.add_argument("--plugin-dir", help="passed to terraform init")
    parser.add_argument("--stand-ins", action="store_true", help="swap random/archive for terraform_data")
    return parser.parse_args()


def export_revision(rev: str, into: pathlib.Path) -> None:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "iac"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)


def read_renames(path):
    if path is None:
        return []
    pairs = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, replacement = line.split(" => ")
            pairs.append((re.compile(pattern), replacement))
    return pairs


def prepare(iac: pathlib.Path, stand_ins: bool) -> None:
    """The files Terraform reads at plan time (the jar, the CA bundle) as placeholders, a variant of
    each environment with its custom domain on, the mocks, and the stand-ins if asked for."""
    compute = (iac / "modules/compute/variables.tf").read_text()
    for variable in ("lambda_jar_path", "rds_ca_layer_path"):
        default = re.search(r'variable "' + variable + r'" \{.*?\n  default += "([^"]+)"', compute, re.S).group(1)
        placeholder = (iac / "envs/staging" / default).resolve()
        placeholder.parent.mkdir(parents=True, exist_ok=True)
        placeholder.write_text("placeholder\n")
    for env in [p for p in (iac / "envs").iterdir() if p.is_dir()]:
        if any(DOMAIN_LINE.search(f.read_text()) for f in env.glob("*.tf*")):
            variant = env.with_name(env.name + "-with-domain")
            shutil.copytree(env, variant)
            for f in variant.glob("*.tf*"):
                f.write_text(DOMAIN_LINE.sub(r"\1\2\3=", f.read_text()))
    for env in [p for p in (iac / "envs").iterdir() if p.is_dir()]:
        (env / "tests").mkdir(exist_ok=True)
        shutil.copy(MOCKS, env / "tests" / MOCKS.name)
    if stand_ins:
        for tf in iac.rglob("*.tf"):
            tf.write_text(swap_stand_ins(tf.read_text()))


def swap_stand_ins(text: str) -> str:
    for provider in ("random", "archive"):
        entry = re.search(r"\n\s*" + provider + r" = \{", text)
        if entry:
            text = text[:entry.start()] + text[block_end(text, entry.end() - 1):]
    while match := re.search(r'resource "random_password" "(\w+)" \{', text):
        end = block_end(text, match.end() - 1)
        for_each = re.search(r"\n(\s*for_each = [^\n]+)", text[match.end():end])
        keep = for_each.group(1) + "\n" if for_each else ""
        text = text[:match.start()] + f'resource "terraform_data" "{match.group(1)}" {{\n{keep}  input = "password"\n}}' + text[end:]
    text = re.sub(r"random_password\.(\w+)(\[[^\]]+\])?\.result", r"terraform_data.\1\2.output", text)
    while match := re.search(r'data "archive_file" "(\w+)" \{', text):
        end = block_end(text, match.end() - 1)
        text = (text[:match.start()] + f'resource "terraform_data" "{match.group(1)}" {{\n'
                + '  input = { output_path = "layer.zip", output_base64sha256 = "hash" }\n}' + text[end:])
    return re.sub(r"data\.archive_file\.(\w+)\.(\w+)", r"terraform_data.\1.output.\2", text)


def block_end(text: str, opening: int) -> int:
    depth = 0
    for i in range(opening, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i + 1
    raise ValueError("unbalanced braces")


def plan(env: pathlib.Path, plugin_dir):
    init = ["terraform", "init", "-backend=false", "-input=false", "-no-color"]
    if plugin_dir:
        init.append(f"-plugin-dir={plugin_dir}")
    for command in (init, ["terraform", "validate", "-no-color"], ["terraform", "test", "-verbose", "-no-color"]):
        done = subprocess.run(command, cwd=env, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{env}: {' '.join(command[:2])} failed\n{done.stdout}{done.stderr}")
            return None
    return done.stdout


def normalize(plan_text: str, renames) -> str:
    """The plan's resource blocks sorted by (renamed) address, then its outputs."""
    actions = plan_text.split("Terraform will perform the following actions:")[1].split("\nPlan: ")[0]
    blocks = {}
    for block in re.split(r"\n(?=  # [^(])", actions):
        lines = block.strip("\n").split("\n")
        if not lines[0].startswith("  # "):
            continue
        address = re.match(r"  # (.+?) (will|must|has|is) ", lines[0]).group(1)
        for pattern, replacement in renames:
            address = pattern.sub(replacement, address)
        body = "\n".join(line for line in lines[1:] if not line.startswith("  # ("))
        # The header repeats the resource's name, which a rename changes.
        blocks[address] = re.sub(r'^(\s*[+~-] resource|\s*<= data) "([^"]+)" "[^"]+"', r'\1 "\2"', body, flags=re.M)
    outputs = plan_text.split("Changes to Outputs:")[1].split("\ntests/")[0] if "Changes to Outputs:" in plan_text else ""
    return "".join(f"# {a}\n{blocks[a]}\n" for a in sorted(blocks)) + "# outputs" + outputs


if __name__ == "__main__":
    sys.exit(main())
