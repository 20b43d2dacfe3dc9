import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SendsChart } from "./sends-chart";

const series = [
  { key: "DELIVERED", label: "Delivered", color: "green" },
  { key: "FAILED", label: "Failed", color: "red" },
];

describe("SendsChart", () => {
  it("draws a titled SVG with a bar per day and status that has sends, stacked, each naming its figure", () => {
    const html = renderToString(
      <SendsChart
        days={[
          { label: "Dec 1", counts: { DELIVERED: 6, FAILED: 2 } },
          { label: "Dec 2", counts: {} },
          { label: "Dec 3", counts: { DELIVERED: 4 } },
        ]}
        series={series}
        title="Sends per day"
        description="Deliveries queued each day"
      />,
    );
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="sends-chart-title sends-chart-desc"/);
    expect(html).toContain('<title id="sends-chart-title">Sends per day</title>');
    const bars = [
      ...html.matchAll(
        /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"><title>([^<]*)<\/title>/g,
      ),
    ];
    expect(bars.map((bar) => bar[5])).toEqual([
      "Dec 1 · Delivered: 6",
      "Dec 3 · Delivered: 4",
      "Dec 1 · Failed: 2",
    ]);
    const [delivered1, delivered3, failed1] = bars.map((bar) => ({
      y: Number(bar[2]),
      height: Number(bar[4]),
    }));
    // Heights in proportion to the counts; the failures sit on top of the same day's deliveries.
    expect(delivered1!.height / delivered3!.height).toBeCloseTo(6 / 4);
    expect(failed1!.height / delivered1!.height).toBeCloseTo(2 / 6);
    expect(failed1!.y + failed1!.height).toBeCloseTo(delivered1!.y);
    // The legend names every series.
    expect(html).toMatch(/<li[^>]*>.*Delivered<\/li>/);
    expect(html).toMatch(/<li[^>]*>.*Failed<\/li>/);
  });
});
