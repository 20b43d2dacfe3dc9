// Reading back what a generated PDF says, for tests: no PDF text library is installed, and the PDFs
// react-pdf writes are simple enough to read directly. Page contents are zlib streams whose text
// operators (Tj, TJ) carry strings in the current font's encoding: two-byte glyph ids for the embedded
// fonts, mapped back to text by each font's ToUnicode CMap, or Windows-1252 for the built-in fonts.
import { inflateSync } from "node:zlib";

const winAnsi = new TextDecoder("windows-1252");

interface PdfObject {
  dictionary: string;
  stream: string | null;
}

/** Every indirect object of the file, its stream inflated where it is compressed. */
function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString("latin1");
  const found = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const from = match.index + match[0].length;
    const end = text.indexOf("endobj", from);
    if (end < 0) break;
    const body = text.slice(from, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (streamAt >= 0) {
      const dataFrom = from + streamAt + body.slice(streamAt).indexOf("\n") + 1;
      const dataTo = text.lastIndexOf("endstream", end);
      const raw = pdf.subarray(dataFrom, dataTo);
      try {
        stream = inflateSync(raw).toString("latin1");
      } catch {
        stream = raw.toString("latin1");
      }
    }
    found.set(match[1]!, { dictionary: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
    header.lastIndex = end;
  }
  return found;
}

/** A ToUnicode CMap as code → text (bfchar entries and bfrange entries, with or without arrays). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{1,4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(parseInt(code!, 16), utf16(value!.replace(/\s+/g, "")));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entry = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    for (const [, low, high, target] of block[1]!.matchAll(entry)) {
      const start = parseInt(low!, 16);
      const stop = parseInt(high!, 16);
      if (target!.startsWith("[")) {
        // A ligature maps to several UTF-16 units in one entry: "<0066 006c>" is "fl".
        const values = target!.match(/<[0-9a-fA-F\s]+>/g) ?? [];
        values.forEach((value, i) => map.set(start + i, utf16(value.slice(1, -1).replace(/\s+/g, ""))));
      } else {
        const first = parseInt(target!.slice(1, -1), 16);
        for (let code = start; code <= stop; code += 1)
          map.set(code, String.fromCharCode(first + code - start));
      }
    }
  }
  return map;
}

/** Font resource names (F1, F2…) → the ToUnicode map of the font they name, when it has one. */
function fontMaps(all: Map<string, PdfObject>): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  for (const { dictionary } of all.values()) {
    for (const fonts of dictionary.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, id] of fonts[1]!.matchAll(/\/([A-Za-z0-9]+)\s+(\d+)\s+0\s+R/g)) {
        const toUnicode = all.get(id!)?.dictionary.match(/\/ToUnicode\s+(\d+)\s+0\s+R/)?.[1];
        const cmap = toUnicode ? all.get(toUnicode)?.stream : null;
        if (cmap) maps.set(name!, parseCMap(cmap));
      }
    }
  }
  return maps;
}

function decodeString(token: string, cmap: Map<number, string> | undefined): string {
  let bytes: Buffer;
  if (token.startsWith("<")) {
    bytes = Buffer.from(token.slice(1, -1).replace(/\s+/g, ""), "hex");
  } else {
    const literal = token
      .slice(1, -1)
      .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) =>
        /^[0-7]+$/.test(escaped)
          ? String.fromCharCode(parseInt(escaped, 8))
          : ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[escaped] ?? escaped),
      );
    bytes = Buffer.from(literal, "latin1");
  }
  if (!cmap) return winAnsi.decode(bytes);
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += cmap.get(bytes.readUInt16BE(i)) ?? "\uFFFD";
  return text;
}

/**
 * The text the pages show, one entry per text-showing operator, in drawing order. react-pdf writes a
 * line as one or more runs (it may split "62 sockets" into "62 " and "sockets"), so match sentences
 * against pdfText.
 */
export function pdfTextRuns(pdf: Buffer): string[] {
  const all = objects(pdf);
  const maps = fontMaps(all);
  const runs: string[] = [];
  const operator =
    /\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
  const contents = [...all.values()].flatMap(({ dictionary }) =>
    /\/Type\s*\/Page(?![a-zA-Z])/.test(dictionary)
      ? [...dictionary.matchAll(/\/Contents\s+(\d+)\s+0\s+R/g)].map((ref) => all.get(ref[1]!)?.stream ?? "")
      : [],
  );
  for (const stream of contents) {
    let font: string | undefined;
    for (const match of stream.matchAll(operator)) {
      if (match[1]) {
        font = match[1];
        continue;
      }
      const parts = (match[2] ?? match[3] ?? "").match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      runs.push(parts.map((part) => decodeString(part, font ? maps.get(font) : undefined)).join(""));
    }
  }
  return runs;
}

/** All the runs joined: a sentence reads whole, including one wrapped onto the next line. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join("");
}

/** How many pages the document has (its page objects, not the page tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
