import { commonForgeries, describeCursorCodec, tokenOf } from "@/tests/cursor-codec";
import { decodeHistoryCursor, encodeHistoryCursor } from "./cursor";

const ID = "019ad3b2-7c1e-7a10-8f00-0123456789ab";

describeCursorCodec(
  "history cursor",
  { encode: encodeHistoryCursor, decode: decodeHistoryCursor },
  {
    valid: [
      { direction: "older", createdAt: new Date("2026-11-30T12:34:56.789Z"), id: ID },
      { direction: "newer", createdAt: new Date(0), id: "00000000-0000-0000-0000-000000000000" },
    ],
    refused: [
      ...commonForgeries(97),
      ...[
        `x.1.${ID}`,
        "o.1.not-a-uuid",
        "o.1.019ad3b2-7c1e-7a10-8f00-0123456789AB",
        `o.99999999999999999.${ID}`,
      ].map(tokenOf),
      ...[`o.1.${ID}.1`, "o.1.'; drop table--"].map(tokenOf),
    ],
  },
);
