// Validates manifest.xml (or the file given: `npm run validate -- dist/manifest.xml`) offline
// against Microsoft's published XSDs, copied into schemas/office-manifest/ so the project stands
// alone (`office-addin-manifest validate` calls a web service). Also checks that <Version> is
// package.json's version, as written (manifest.xml) or in the four-part form a build writes
// (dist/manifest.xml: 0.1.0 → 0.1.0.0).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator, XmlValidateError, xmlCleanupInputProvider } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = resolve(process.argv[2] ?? resolve(root, 'manifest.xml'));
const xsdPath = resolve(root, 'schemas/office-manifest/OfficeAppManifestV1_1.xsd');

xmlRegisterFsInputProviders();
// The main XSD imports its siblings by relative path; a file URL lets libxml2 resolve them.
const xsdDoc = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: xsdPath });
const validator = XsdValidator.fromDoc(xsdDoc);
const text = readFileSync(manifestPath);
const doc = XmlDocument.fromBuffer(text, { url: manifestPath });
let failed = false;
try {
  validator.validate(doc);
} catch (e) {
  failed = true;
  if (e instanceof XmlValidateError) {
    for (const d of e.details) console.error(`${manifestPath}:${d.line}: ${d.message.trim()}`);
  } else console.error(e);
}
const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
const inManifest = /<Version>([^<]+)<\/Version>/.exec(text.toString('utf8'))?.[1];
// Office wants four parts at most; package.json's x.y.z is accepted as is or padded with zeros.
const padded = (v) => [...v.split('.'), '0', '0', '0', '0'].slice(0, 4).join('.');
if (inManifest !== version && (inManifest === undefined || padded(inManifest) !== padded(version))) {
  failed = true;
  console.error(`${manifestPath}: <Version>${inManifest}</Version> differs from package.json version ${version}`);
}
doc.dispose();
validator.dispose();
xsdDoc.dispose();
if (typeof xmlCleanupInputProvider === 'function') xmlCleanupInputProvider();
if (failed) process.exit(1);
console.log(`${manifestPath}: valid against OfficeAppManifestV1_1.xsd (offline), version ${version}`);
