import { describe, expect, it } from "vitest";
import type { SystemDashboard } from "@/lib/system/dashboard/queries";
import { tcpStateValues, type TcpState } from "@/lib/system/values";
import { renderDashboardPdf } from "./render";
import { pdfPageCount, pdfText } from "./testing";

const counts = Object.fromEntries(tcpStateValues.map((state) => [state, 0])) as Record<TcpState, number>;

function dashboard(overrides: Partial<SystemDashboard> = {}): SystemDashboard {
  const at = new Date("2026-12-02T09:30:00Z");
  return {
    services: {
      rows: [
        {
          id: "w1",
          kind: "WORKER",
          name: "herald-01 · pid 4242",
          state: "ACTIVE",
          since: at,
          sinceMeaning: "stateStart",
          lastHeartbeatAt: at,
          detail: {},
        },
        {
          id: "s1",
          kind: "SCHEDULER",
          name: "herald-01 · pid 4243",
          state: "DISABLED",
          since: at,
          sinceMeaning: "stateStart",
          lastHeartbeatAt: at,
          detail: {},
        },
        {
          id: "transport:SMTP",
          kind: "TRANSPORT",
          name: "SMTP",
          state: "ACTIVE",
          since: at,
          sinceMeaning: "lastSuccess",
          lastHeartbeatAt: null,
          detail: {},
        },
      ],
      controls: [],
      queue: { due: 3, oldestAgeSeconds: 12 },
      checkedAt: at,
    },
    listeners: {
      available: true,
      total: 62,
      counts: { ...counts, LISTEN: 7, ESTABLISHED: 30, "CLOSE-WAIT": 25 },
      buildUps: [{ state: "CLOSE-WAIT", count: 25, threshold: 20 }],
      ownersComplete: true,
      readAt: at,
    },
    resources: {
      hours: 24,
      bucketSeconds: 300,
      latest: {
        host: "herald-01",
        at: at.toISOString(),
        cpuPercent: 12.5,
        memoryPercent: 48,
        diskFreePercent: 71.2,
        diskFreeBytes: 10,
        diskTotalBytes: 20,
        volume: "/var/lib/herald",
      },
      points: [
        { at: "2026-12-02T09:00:00Z", cpu: 10, memory: 40, diskFree: 72 },
        { at: "2026-12-02T09:05:00Z", cpu: 95, memory: 45, diskFree: 71 },
        { at: "2026-12-02T09:10:00Z", cpu: 12.5, memory: 48, diskFree: 71.2 },
      ],
      thresholds: [
        {
          key: "monitoring.cpu-critical",
          metric: "cpu",
          direction: "above",
          level: 90,
          sustainForSeconds: 600,
          hysteresisPoints: 5,
          fired: true,
        },
      ],
    },
    devices: [
      {
        id: "0193a3c4-0000-7000-8000-000000000001",
        name: "vault-db-01",
        host: "10.0.0.5",
        ports: [5432],
        failureThreshold: 3,
        status: "LOST",
        consecutiveFailures: 4,
        lostAt: at.toISOString(),
        lastCheckAt: at.toISOString(),
        latencyMs: null,
        history: [],
      },
    ],
    ...overrides,
  };
}

const downloadedBy = { name: "Łukasz Дмитрий Ana", email: "admin@herald.local" };
const generatedAt = new Date("2026-12-02T12:34:56Z");

describe("renderDashboardPdf", () => {
  it("writes a PDF with the title, the time in the reader's zone, the downloader and every section", async () => {
    const pdf = await renderDashboardPdf(dashboard(), {
      locale: "en",
      timeZone: "America/Sao_Paulo",
      generatedAt,
      downloadedBy,
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain("Herald system dashboard");
    // 12:34:56 UTC is 09:34:56 in São Paulo.
    expect(text).toMatch(/Generated 12\/2\/26,? 9:34:56\sAM \(America\/Sao_Paulo\)/);
    // Names outside Windows-1252 print as they are (the embedded font has their glyphs).
    expect(text).toContain("Downloaded by Łukasz Дмитрий Ana <admin@herald.local>");
    for (const heading of ["Services", "Listeners", "Resources", "Devices"]) expect(text).toContain(heading);
    expect(text).toContain("2 active, 0 inactive, 1 disabled.");
    expect(text).toContain("Queue: 3 deliveries waiting, the oldest for 12 seconds");
    // A transport's time is its last success, not when its state began.
    expect(text).toMatch(/Last success: 12\/2\/26,? 6:30:00\sAM/);
    expect(text).toContain("herald-01 · pid 4242");
    expect(text).toContain("DISABLED");
    expect(text).toContain("62 sockets read at");
    expect(text).toContain("25 sockets in CLOSE-WAIT (flagged from 20)");
    expect(text).toContain("Last reading on herald-01");
    expect(text).toContain("Fired, waiting to clear");
    // A threshold reads as its catalog type, its level as the readings' percentages do.
    expect(text).toContain("CPU Usage - Critical");
    expect(text).not.toContain("monitoring.cpu-critical");
    expect(text).toContain("CPU over 90% for 10 minutes");
    expect(text).toContain("12.5%");
    expect(text).toContain("vault-db-01");
    expect(text).toContain("Lost of connectivity");
    expect(text).toContain("Page 1 of");
  });

  it("speaks the reader's language and says plainly when there is nothing to show", async () => {
    const empty = dashboard({
      services: { rows: [], controls: [], queue: { due: 0, oldestAgeSeconds: 0 }, checkedAt: generatedAt },
      listeners: {
        available: false,
        total: 0,
        counts,
        buildUps: [],
        ownersComplete: true,
        readAt: generatedAt,
      },
      resources: { hours: 24, bucketSeconds: 300, latest: null, points: [], thresholds: [] },
      devices: [],
    });
    const pdf = await renderDashboardPdf(empty, {
      locale: "pt-BR",
      timeZone: "UTC",
      generatedAt,
      downloadedBy: { name: "Beatriz Souza", email: "beatriz@herald.local" },
    });
    const text = pdfText(pdf);
    expect(text).toContain("Painel do sistema do Herald");
    expect(text).toContain("Baixado por Beatriz Souza <beatriz@herald.local>");
    expect(text).toMatch(/Gerado em 02\/12\/2026,? 12:34:56 \(UTC\)/);
    expect(text).toContain("Tabelas de sockets indisponíveis");
    expect(text).toContain("Nenhuma leitura ainda");
    expect(text).toContain("Nenhum dispositivo ainda");
    // An empty queue has no oldest delivery to age.
    expect(text).toContain("Fila: nada aguardando");
    expect(text).not.toContain("segundo");
  });

  it("names the thresholds and writes percentages the Brazilian way", async () => {
    const pdf = await renderDashboardPdf(dashboard(), {
      locale: "pt-BR",
      timeZone: "UTC",
      generatedAt,
      downloadedBy,
    });
    const text = pdfText(pdf);
    expect(text).toContain("Uso de CPU - Crítico");
    expect(text).toContain("CPU acima de 90% por 10 minutos");
    expect(text).toContain("12,5%");
    expect(text).toContain("Fila: 3 entregas aguardando, a mais antiga há 12 segundos");
  });
});
