// The benchmark's letter data (InvitationBench data … letters.json) as the invitee CSV a
// secretariat would import: the columns of `invite import`, CRLF, quoted where needed.
//   node bench/letters-to-csv.js LETTERS.json INVITEES.csv
const fs = require("fs");
const letters = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const columns = ["honorific", "given_name", "family_name", "full_name", "title", "organisation", "email", "language"];
const cell = (v) => { const s = v == null ? "" : String(v); return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s; };
const rows = [columns.join(",")].concat(letters.map((l, i) => columns.map((c) =>
  cell(c === "email" ? "delegate" + (i + 1) + "@mission.example" : l.data.invitee[c])).join(",")));
fs.writeFileSync(process.argv[3], rows.join("\r\n") + "\r\n");
