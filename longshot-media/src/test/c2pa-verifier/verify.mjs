// Validates a file's C2PA manifest with c2pa-rs (the CAI's reference implementation, as
// WebAssembly), independently of longshot's own Java code.
// Usage: node verify.mjs FILE MIME [TRUST_ANCHORS.pem]
// Prints one JSON line: {"state": "Trusted"|"Valid"|"Invalid"|"NoManifest", "codes": [...]}
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';

const [file, mime, anchors] = process.argv.slice(2);
if (!file || !mime) {
  console.error('usage: node verify.mjs FILE MIME [TRUST_ANCHORS.pem]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
const settings = {
  version: 1,
  verify: { remote_manifest_fetch: false, ocsp_fetch: false },
  trust: anchors ? { user_anchors: readFileSync(anchors, 'utf8') } : {},
};
let reader;
try {
  reader = await WasmReader.fromBytes(mime, new Uint8Array(readFileSync(file)), JSON.stringify(settings));
} catch (e) {
  const text = String(e?.message ?? e);
  if (/JumbfNotFound/i.test(text)) {
    console.log(JSON.stringify({ state: 'NoManifest', codes: [] }));
    process.exit(0);
  }
  console.error(text);
  process.exit(1);
}
const report = JSON.parse(reader.json());
const results = report.validation_results?.activeManifest ?? {};
const codes = [...(report.validation_status ?? []), ...(results.failure ?? [])].map(s => s.code);
const success = (results.success ?? []).map(s => s.code);
console.log(JSON.stringify({ state: report.validation_state, codes: [...new Set(codes)], success }));
