/** Reads an npm tarball (.tgz) into memory: path inside the archive -> contents. */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

/** Regular files of a (ustar or pax) tar.gz, with the leading `package/` kept. */
export function readTarball(file: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map<string, Buffer>();
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = field(header, 156, 1) || "0";
    const prefix = field(header, 345, 155);
    const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === "x") {
      // pax extended header: `<len> path=<name>\n` records apply to the next entry.
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
      paxPath = match?.[1];
    } else {
      if (type === "0") files.set(paxPath ?? name, Buffer.from(body));
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
