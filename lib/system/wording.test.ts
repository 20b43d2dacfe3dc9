import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enSystem from "@/messages/en/system.json";
import enServices from "@/messages/en/systemServices.json";
import ptSystem from "@/messages/pt-BR/system.json";
import ptServices from "@/messages/pt-BR/systemServices.json";

// The system pages' sentences as a reader sees them, for the counts that made them go wrong.
const en = createTranslator({ locale: "en", messages: { system: enSystem, systemServices: enServices } });
const pt = createTranslator({ locale: "pt-BR", messages: { system: ptSystem, systemServices: ptServices } });

describe("the services queue", () => {
  const queue = (t: typeof en, due: number, seconds: number) =>
    t("systemServices.queue", { due, age: t("systemServices.ageSeconds", { seconds }) });

  it("says only that nothing waits when the queue is empty", () => {
    expect(queue(en, 0, 0)).toBe("Queue: nothing waiting");
    expect(queue(pt, 0, 0)).toBe("Fila: nada aguardando");
  });

  it("ages the oldest delivery with Portuguese plurals (0 segundos, 1 segundo)", () => {
    expect(queue(en, 1, 1)).toBe("Queue: 1 delivery waiting for 1 second");
    expect(queue(en, 3, 12)).toBe("Queue: 3 deliveries waiting, the oldest for 12 seconds");
    expect(queue(pt, 1, 1)).toBe("Fila: 1 entrega aguardando há 1 segundo");
    expect(queue(pt, 2, 0)).toBe("Fila: 2 entregas aguardando, a mais antiga há 0 segundos");
  });
});

describe("a device's checks", () => {
  it("names one failed port in the singular", () => {
    const failed = (t: typeof en, ports: number[]) =>
      t("system.devices.check.failed", { count: ports.length, ports: ports.join(", ") });
    expect(failed(en, [22])).toBe("Failed on port 22");
    expect(failed(en, [22, 443])).toBe("Failed on ports 22, 443");
    expect(failed(pt, [22])).toBe("Falhou na porta 22");
    expect(failed(pt, [22, 443])).toBe("Falhou nas portas 22, 443");
  });

  it("describes the history in whole sentences", () => {
    const history = (t: typeof en, count: number) => t("system.devices.detail.historyDescription", { count });
    expect(history(en, 1)).toBe("The last check.");
    expect(history(en, 5)).toBe("The last 5 checks, newest first.");
    expect(history(pt, 0)).toBe("Nenhuma verificação ainda.");
    expect(history(pt, 1)).toBe("A última verificação.");
    expect(history(pt, 5)).toBe("As últimas 5 verificações, da mais recente para a mais antiga.");
  });
});

describe("counts read by the listeners pages", () => {
  it("puts zero sockets in the Portuguese plural", () => {
    expect(pt("system.listeners.shown", { shown: 0, total: 0 })).toBe("Mostrando 0 sockets de 0.");
    expect(pt("system.listeners.shown", { shown: 1, total: 3 })).toBe("Mostrando 1 socket de 3.");
  });
});
