import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The PDF is set in Geist, the app's own typeface, embedded (subset) from the installed `geist` package:
 * PDF's built-in fonts only know Windows-1252, so a name like "Łukasz" or "Дмитрий" would print wrong.
 * Read from the package on disk at render time (react-pdf is external to the server bundle).
 */
const fontFile = (family: "geist-sans" | "geist-mono", file: string) =>
  path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", family, file);

export const PDF_FONT = "Geist";
export const PDF_MONO_FONT = "GeistMono";

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: fontFile("geist-sans", "Geist-Regular.ttf"), fontWeight: 400 },
      { src: fontFile("geist-sans", "Geist-Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({ family: PDF_MONO_FONT, src: fontFile("geist-mono", "GeistMono-Regular.ttf") });
  registered = true;
}
