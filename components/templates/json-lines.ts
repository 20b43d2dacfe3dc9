// Where a JSON path sits in the editor's text: the line of the key (or array element) it names, so a
// validation issue can point at "line 12". A small scanner over valid JSON; pure, no DOM.

/** Maps every path ("request.approvers.0.name", "" for the root) to the 1-based line where its value starts. */
export function jsonPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;

  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index] ?? "")) {
      if (text[index] === "\n") line += 1;
      index += 1;
    }
  };
  const readString = () => {
    let result = "";
    index += 1; // opening quote
    while (index < text.length && text[index] !== '"') {
      if (text[index] === "\\") {
        result += text.slice(index, index + 2);
        index += 2;
      } else {
        result += text[index];
        index += 1;
      }
    }
    index += 1; // closing quote
    try {
      return JSON.parse(`"${result}"`) as string;
    } catch {
      return result;
    }
  };
  const readValue = (path: string, keyLine: number) => {
    skipSpace();
    lines.set(path, keyLine);
    const char = text[index];
    if (char === "{") {
      index += 1;
      for (;;) {
        skipSpace();
        if (text[index] === "}" || index >= text.length) break;
        const startLine = line;
        const key = readString();
        skipSpace();
        index += 1; // colon
        readValue(path ? `${path}.${key}` : key, startLine);
        skipSpace();
        if (text[index] === ",") index += 1;
      }
      index += 1;
    } else if (char === "[") {
      index += 1;
      for (let item = 0; ; item++) {
        skipSpace();
        if (text[index] === "]" || index >= text.length) break;
        readValue(path ? `${path}.${item}` : String(item), line);
        skipSpace();
        if (text[index] === ",") index += 1;
      }
      index += 1;
    } else if (char === '"') {
      readString();
    } else {
      while (index < text.length && !/[\s,}\]]/.test(text[index] ?? "")) index += 1;
    }
  };

  readValue("", 1);
  return lines;
}

/** The line of a path, or of its nearest ancestor that exists (a missing field points at its object). */
export function lineOf(lines: Map<string, number>, path: string): number | undefined {
  let current = path;
  for (;;) {
    const found = lines.get(current);
    if (found !== undefined) return found;
    if (!current) return undefined;
    current = current.includes(".") ? current.slice(0, current.lastIndexOf(".")) : "";
  }
}
