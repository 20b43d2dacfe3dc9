// Reading back what a generated PDF says, for tests: no PDF text library is installed, and the PDFs
// react-pdf writes with its standard fonts are simple enough to read directly. Their page contents are
// zlib streams whose text operators (Tj, TJ) carry WinAnsi strings, in hex or literal form.
import { inflateSync } from "node:zlib";

const winAnsi = new TextDecoder("windows-1252");

/** Every stream of the file, inflated where it is compressed. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const found: string[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const to = text.indexOf("endstream", from);
    if (to < 0) break;
    const raw = pdf.subarray(from, to);
    try {
      found.push(inflateSync(raw).toString("latin1"));
    } catch {
      found.push(raw.toString("latin1"));
    }
    start.lastIndex = to + "endstream".length;
  }
  return found;
}

function decodeString(token: string): string {
  if (token.startsWith("<")) {
    const hex = token.slice(1, -1).replace(/\s+/g, "");
    return winAnsi.decode(Buffer.from(hex, "hex"));
  }
  const literal = token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) =>
      /^[0-7]+$/.test(escaped)
        ? String.fromCharCode(parseInt(escaped, 8))
        : ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[escaped] ?? escaped),
    );
  return winAnsi.decode(Buffer.from(literal, "latin1"));
}

/**
 * The text the pages show, one entry per text-showing operator, in drawing order. react-pdf writes a
 * line as one or more runs (it may split "62 sockets" into "62 " and "sockets"), so match sentences
 * against pdfText.
 */
export function pdfTextRuns(pdf: Buffer): string[] {
  const lines: string[] = [];
  const operator =
    /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
  for (const content of streams(pdf)) {
    for (const match of content.matchAll(operator)) {
      const strings = match[1] ?? match[2] ?? "";
      const parts = strings.match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      lines.push(parts.map(decodeString).join(""));
    }
  }
  return lines;
}

/** All the runs joined: a sentence reads whole, including one wrapped onto the next line. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join("");
}

/** How many pages the document has (its page objects, not the page tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
