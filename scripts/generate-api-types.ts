import fs from "node:fs";
import { API_TYPES_FILE, generateApiTypes } from "../lib/api/client/generate";

// Writes the client types that a generated client (openapi-typescript) would use; see lib/api/client/generate.ts.
fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
console.log(`Wrote ${API_TYPES_FILE}`);
