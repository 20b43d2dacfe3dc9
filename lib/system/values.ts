// Appendix I of the product manual, "Table with Possible Values for System Services and Listeners":
// the states a monitored TCP listener or system service can report. Defined once here; the English
// descriptions are the manual's own words, the Brazilian Portuguese ones live in ./translations/pt-BR.
// Pure module (no server-only): the UI, the e-mail templates and the monitoring code all read it.
import type { AppLocale } from "@/lib/i18n/locales";
import { ptBRSystemValues } from "./translations/pt-BR";

export const tcpStateValues = [
  "LISTEN",
  "SYN-SENT",
  "SYN-RECEIVED",
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
  "CLOSED",
] as const;
export type TcpState = (typeof tcpStateValues)[number];

export const serviceStateValues = ["ACTIVE", "INACTIVE", "DISABLED"] as const;
export type ServiceState = (typeof serviceStateValues)[number];

export interface SystemValue<V extends string> {
  value: V;
  /** English, exactly as the manual gives it. */
  description: string;
}

/** TCP connection states, in the manual's order. */
export const tcpStates: readonly SystemValue<TcpState>[] = [
  {
    value: "LISTEN",
    description:
      "Waiting for a connection request from a remote TCP application. This is the state in which you can find the listening socket of a local TCP server.",
  },
  {
    value: "SYN-SENT",
    description:
      "Awaiting confirmation from the remote terminal after sending a connection request. Results after step 1 of the three-way TCP handshake.",
  },
  {
    value: "SYN-RECEIVED",
    description:
      "This terminal received a connection request and sent a confirmation. This endpoint is awaiting final confirmation that the other endpoint has received confirmation from this endpoint from the original connection request. Results after step 2 of the three-way TCP handshake.",
  },
  {
    value: "ESTABLISHED",
    description:
      "Represents a fully established connection; This is the normal state of the data transfer phase of the connection.",
  },
  {
    value: "FIN-WAIT-1",
    description:
      "Awaiting acknowledgment of the end-of-connection request or a remote TCP simultaneous end-of-connection request. This state is usually short lived.",
  },
  {
    value: "FIN-WAIT-2",
    description:
      "Waiting for a remote TCP connection termination request after this terminal has sent its connection termination request. This state is usually short-lived, but if the remote socket endpoint does not close its socket shortly after receiving information that this socket endpoint has terminated the connection, it may last for some time. Excessive FIN-WAIT-2 states may indicate an error in remote application coding.",
  },
  {
    value: "CLOSE-WAIT",
    description:
      "This endpoint has received a close request from the remote endpoint and this TCP is waiting for a local application connection termination request.",
  },
  {
    value: "CLOSING",
    description:
      "Awaiting confirmation of remote TCP connection termination request. This state is entered when this terminal receives a request to close the local application, sends a termination request to the remote terminal, and receives a termination request before receiving confirmation from the remote terminal.",
  },
  {
    value: "LAST-ACK",
    description:
      "Awaiting acknowledgment of the connection termination request previously sent to remote TCP. This state is entered when this endpoint receives a termination request before submitting its termination request.",
  },
  {
    value: "TIME-WAIT",
    description:
      "Waiting long enough to pass to make sure that remote TCP has received confirmation of your connection termination request.",
  },
  { value: "CLOSED", description: "It does not represent any connection state." },
];

/** System service states, in the manual's order. */
export const serviceStates: readonly SystemValue<ServiceState>[] = [
  { value: "ACTIVE", description: "Service is operating." },
  { value: "INACTIVE", description: "Service is not operating" },
  { value: "DISABLED", description: "Service is not enabled" },
];

export function isTcpState(value: unknown): value is TcpState {
  return typeof value === "string" && (tcpStateValues as readonly string[]).includes(value);
}

export function isServiceState(value: unknown): value is ServiceState {
  return typeof value === "string" && (serviceStateValues as readonly string[]).includes(value);
}

const tcpDescriptions = new Map(tcpStates.map((s) => [s.value, s.description]));
const serviceDescriptions = new Map(serviceStates.map((s) => [s.value, s.description]));

export function describeTcpState(value: TcpState, locale: AppLocale): string {
  if (locale === "pt-BR") return ptBRSystemValues.tcpStates[value];
  return tcpDescriptions.get(value) ?? value;
}

export function describeServiceState(value: ServiceState, locale: AppLocale): string {
  if (locale === "pt-BR") return ptBRSystemValues.serviceStates[value];
  return serviceDescriptions.get(value) ?? value;
}

/**
 * The kernel's TCP state codes as /proc/net/tcp (and tcp6) print them in the `st` column, in hex
 * (include/net/tcp_states.h: TCP_ESTABLISHED = 1 … TCP_CLOSING = 11).
 */
const linuxTcpStates: Readonly<Record<number, TcpState>> = {
  0x01: "ESTABLISHED",
  0x02: "SYN-SENT",
  0x03: "SYN-RECEIVED",
  0x04: "FIN-WAIT-1",
  0x05: "FIN-WAIT-2",
  0x06: "TIME-WAIT",
  0x07: "CLOSED",
  0x08: "CLOSE-WAIT",
  0x09: "LAST-ACK",
  0x0a: "LISTEN",
  0x0b: "CLOSING",
};

/**
 * Maps a /proc/net/tcp state code ("0A", "0a", "A", "01", with or without "0x") to its TCP state.
 * Throws a RangeError for anything else (kernel-internal states such as 0C NEW_SYN_RECV included).
 */
export function parseLinuxTcpState(hex: string): TcpState {
  const digits = hex.trim().replace(/^0x/i, "");
  const state = /^[0-9a-f]{1,2}$/i.test(digits) ? linuxTcpStates[Number.parseInt(digits, 16)] : undefined;
  if (!state) throw new RangeError(`Unknown Linux TCP state code: ${JSON.stringify(hex)}`);
  return state;
}
