#!/usr/bin/env bash
# Rewrites the generated parts of README.md: the key table (from `dialoog keys --format md`)
# and the screenshot (from the start-screen snapshot). A test fails when they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/dialoog}
keys=$(mktemp)
shot=$(mktemp)
trap 'rm -f "$keys" "$shot"' EXIT
env -i HOME="$HOME" PATH="$PATH" "$bin" keys --format md >"$keys"
{ echo '```'; cat Tests/DialoogTUITests/Snapshots/start-series-80x24-nl.txt; echo '```'; } >"$shot"
python3 - "$keys" "$shot" <<'PY'
import re, sys
readme = open("README.md", encoding="utf-8").read()
for name, path in (("keys", sys.argv[1]), ("screenshot", sys.argv[2])):
    body = open(path, encoding="utf-8").read()
    pattern = re.compile(r"(<!-- %s:begin -->\n).*?(<!-- %s:end -->)" % (name, name), re.S)
    if not pattern.search(readme):
        sys.exit("README.md has no <!-- %s:begin --> ... <!-- %s:end --> section" % (name, name))
    readme = pattern.sub(lambda m: m.group(1) + body + m.group(2), readme)
open("README.md", "w", encoding="utf-8").write(readme)
PY
echo "README.md updated"
