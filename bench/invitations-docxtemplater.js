// The JavaScript peer of bench/invitations.sh: docxtemplater + pizzip, as their docs use them:
// for each letter a new PizZip over the template and a new Docxtemplater, {{ }} delimiters,
// rendered with that letter's data and zipped with DEFLATE, each file written to disk.
//   node invitations-docxtemplater.js TEMPLATE_DIR DATA.json OUT_DIR
// Prints: RESULT mode=docxtemplater letters=N seconds=S rate=R
const fs = require('fs');
const path = require('path');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');

const [templateDir, dataFile, outDir] = process.argv.slice(2);
const letters = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const templates = {};
for (const name of ['invitation.docx', 'invitation.fr.docx']) {
  templates[name] = fs.readFileSync(path.join(templateDir, name));
}
// "invitee.salutation" is a path into the data, as in Briefdesk's templates.
const parser = (tag) => ({
  get: (scope) => tag.split('.').reduce((value, key) => (value == null ? undefined : value[key]), scope),
});

function render(letter) {
  const zip = new PizZip(templates[letter.template]);
  const doc = new Docxtemplater(zip, {
    delimiters: { start: '{{', end: '}}' },
    paragraphLoop: true,
    linebreaks: true,
    parser,
  });
  doc.render(letter.data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// warm-up, as the Java side has
const warm = Math.min(Number(process.env.WARMUP ?? 500), letters.length);
for (let i = 0; i < warm; i++) render(letters[i]);

const started = process.hrtime.bigint();
for (const letter of letters) {
  fs.writeFileSync(path.join(outDir, letter.file), render(letter));
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`RESULT mode=docxtemplater letters=${letters.length} seconds=${seconds.toFixed(2)} rate=${Math.round(letters.length / seconds)}`);
