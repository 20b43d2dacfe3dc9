import { z } from "zod";
import {
  boundCertificate,
  certificate,
  code,
  detailsUrl,
  device,
  origin,
  person,
  text,
  timestamp,
} from "./blocks";
import { at, certificates, devices, origins, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Certificate Manager: lifecycle events of one certificate, and expiry alerts listing every
// certificate that crossed the same threshold in one check.
const expiry = z.object({
  certificates: z.array(boundCertificate).min(1).max(500),
  checkedAt: timestamp,
  detailsUrl,
});

const csr = z.object({ id: text(64), commonName: text(255), keyAlgorithm: text(40) });
const change = z.enum(["created", "updated"]);

export const certificatesSchemas = {
  "certificates.device-bond": z.object({
    certificate,
    device,
    boundBy: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "certificates.created": z.object({
    certificate,
    source: z.enum(["issued", "imported"]),
    createdBy: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "certificates.expiration-alert-1d": expiry,
  "certificates.expiration-alert-30d": expiry,
  "certificates.expiration-alert-7d": expiry,
  "certificates.expiration-alert-today": expiry,
  "certificates.expiration-warning-15d": expiry,
  "certificates.expiration-warning-60d": expiry,
  "certificates.expiration-warning-90d": expiry,
  "certificates.password-view": z.object({
    certificate,
    user: person,
    origin,
    occurredAt: timestamp,
    justification: text(2000).optional(),
    detailsUrl,
  }),
  "certificates.renewal": z.object({
    certificate: boundCertificate,
    previousSerial: code(128),
    renewedAt: timestamp,
    detailsUrl,
  }),
  "certificates.revocation": z.object({
    certificate: boundCertificate,
    revocationReason: z.enum([
      "key-compromise",
      "superseded",
      "cessation-of-operation",
      "affiliation-changed",
      "unspecified",
    ]),
    revokedBy: person,
    revokedAt: timestamp,
    detailsUrl,
  }),
  "certificates.download": z.object({
    certificate,
    user: person,
    fileFormat: z.enum(["pem", "der", "pfx", "p7b"]),
    certificateStatus: z.enum(["valid", "expired", "unused"]),
    origin,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "certificates.publish-profile-management": z.object({
    profile: z.object({ name: text(120), target: text(200) }),
    operation: change,
    actor: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "certificates.request-management": z.object({
    csr,
    operation: change,
    actor: person,
    occurredAt: timestamp,
    detailsUrl,
  }),
  "certificates.request-password-view": z.object({
    csr,
    user: person,
    origin,
    occurredAt: timestamp,
    detailsUrl,
  }),
} satisfies CategorySchemas<"certificates">;

const certUrl = `${pamConsole}/certificates/3812`;
const bound = { ...certificates.pix, devices: ["srv-app-pix-03", "srv-app-pix-04", "lb-pix-01"] };

function expirySample(list: (typeof certificates)[keyof typeof certificates][], checkedAt: string) {
  return {
    certificates: list.map((cert, index) => ({
      ...cert,
      devices:
        [["lb-pix-01", "srv-app-pix-03"], ["lb-portal-01"], ["vpn-gw-01", "vpn-gw-02"]][index % 3] ?? [],
    })),
    checkedAt,
    detailsUrl: `${pamConsole}/certificates?filter=expiring`,
  };
}

const csrSample = {
  id: "CSR-0571",
  commonName: "openbanking.meridional.example",
  keyAlgorithm: "ECDSA P-256",
};

export const certificatesSamples: CategorySamples<typeof certificatesSchemas> = {
  "certificates.device-bond": {
    certificate: certificates.pix,
    device: devices.app,
    boundBy: people.carla,
    occurredAt: at,
    detailsUrl: certUrl,
  },
  "certificates.created": {
    certificate: certificates.pix,
    source: "issued",
    createdBy: people.carla,
    occurredAt: at,
    detailsUrl: certUrl,
  },
  "certificates.expiration-alert-1d": expirySample([certificates.vpn], "2026-11-29T19:00:00Z"),
  "certificates.expiration-alert-30d": expirySample(
    [certificates.pix, certificates.portal],
    "2026-11-01T09:00:00Z",
  ),
  "certificates.expiration-alert-7d": expirySample(
    [certificates.pix, certificates.portal, certificates.vpn],
    "2026-11-24T09:00:00Z",
  ),
  "certificates.expiration-alert-today": expirySample([certificates.vpn], "2026-11-30T09:00:00Z"),
  "certificates.expiration-warning-15d": expirySample([certificates.portal], "2026-11-16T09:00:00Z"),
  "certificates.expiration-warning-60d": expirySample([certificates.pix], "2026-10-02T09:00:00Z"),
  "certificates.expiration-warning-90d": expirySample(
    [certificates.pix, certificates.portal],
    "2026-09-02T09:00:00Z",
  ),
  "certificates.password-view": {
    certificate: certificates.portal,
    user: people.bruno,
    origin: origins.office,
    occurredAt: at,
    justification: "Re-importing the PFX on the new load balancer (CHG-7712).",
    detailsUrl: certUrl,
  },
  "certificates.renewal": {
    certificate: { ...bound, serial: "5C:D0:11:8E:73:2A:B9:40", expiresAt: "2027-12-01T23:59:59Z" },
    previousSerial: certificates.pix.serial,
    renewedAt: at,
    detailsUrl: certUrl,
  },
  "certificates.revocation": {
    certificate: bound,
    revocationReason: "key-compromise",
    revokedBy: people.rafael,
    revokedAt: at,
    detailsUrl: certUrl,
  },
  "certificates.download": {
    certificate: certificates.portal,
    user: people.bruno,
    fileFormat: "pfx",
    certificateStatus: "valid",
    origin: origins.office,
    occurredAt: at,
    detailsUrl: certUrl,
  },
  "certificates.publish-profile-management": {
    profile: { name: "F5 – PIX load balancers", target: "lb-pix-01, lb-pix-02 (iControl REST)" },
    operation: "updated",
    actor: people.carla,
    occurredAt: at,
    detailsUrl: `${pamConsole}/certificates/publish-profiles/12`,
  },
  "certificates.request-management": {
    csr: csrSample,
    operation: "created",
    actor: people.carla,
    occurredAt: at,
    detailsUrl: `${pamConsole}/certificates/requests/CSR-0571`,
  },
  "certificates.request-password-view": {
    csr: csrSample,
    user: people.bruno,
    origin: origins.vpn,
    occurredAt: at,
    detailsUrl: `${pamConsole}/certificates/requests/CSR-0571`,
  },
};
