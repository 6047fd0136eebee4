# Sourced by the invitation benchmarks: installs the peer (npm docxtemplater + pizzip) into
# target/bench-node once and puts its script beside it; sets node_dir. Run from the repo root.
node_dir="target/bench-node"
if [ ! -d "$node_dir/node_modules/docxtemplater" ] || [ ! -d "$node_dir/node_modules/pizzip" ]; then
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund docxtemplater pizzip >/dev/null)
fi
cp bench/invitations-docxtemplater.js "$node_dir/"
