// Realistic fragments the per-category samples are built from: one bank's PAM estate, seen on
// 24 November 2026. Documentation IP ranges (RFC 5737) and the reserved .example domain throughout.
export const pamConsole = "https://pam.meridional.example";

export const people = {
  ana: { name: "Ana Souza", username: "asouza" },
  bruno: { name: "Bruno Teixeira", username: "bteixeira" },
  carla: { name: "Carla Nogueira", username: "cnogueira" },
  diana: { name: "Diana Walsh", username: "dwalsh" },
  rafael: { name: "Rafael Moura", username: "rmoura" },
  svc: { name: "Execution module", username: "svc-execution" },
};

export const devices = {
  db: { name: "srv-db-prod-01", address: "10.20.4.21" },
  app: { name: "srv-app-pix-03", address: "10.20.8.13" },
  dc: { name: "dc01.corp.meridional.example", address: "10.0.0.10" },
  fw: { name: "fw-edge-sp-02", address: "10.1.0.2" },
  pam: { name: "pam-node-01", address: "10.0.1.5" },
};

export const credentials = {
  root: { username: "root", device: "srv-db-prod-01" },
  oracle: { username: "oracle", device: "srv-db-prod-01" },
  admin: { username: "Administrator", device: "dc01.corp.meridional.example" },
  fw: { username: "admin", device: "fw-edge-sp-02" },
};

export const origins = {
  office: { ip: "10.30.12.45", location: "São Paulo, BR (Paulista HQ)" },
  vpn: { ip: "198.51.100.23", location: "Campinas, BR" },
  abroad: { ip: "203.0.113.77", location: "Lagos, NG" },
};

export const certificates = {
  pix: {
    commonName: "api.pix.meridional.example",
    serial: "04:9F:3A:7C:21:B0:5E:88",
    issuer: "Meridional Issuing CA G2",
    expiresAt: "2026-12-01T23:59:59Z",
  },
  portal: {
    commonName: "portal.meridional.example",
    serial: "0A:11:C4:90:6D:2E:F3:07",
    issuer: "DigiCert Global G2 TLS RSA SHA256 2020 CA1",
    expiresAt: "2026-12-01T12:00:00Z",
  },
  vpn: {
    commonName: "vpn.meridional.example",
    serial: "3B:72:E8:15:AA:09:4C:D1",
    issuer: "Meridional Issuing CA G2",
    expiresAt: "2026-11-30T18:30:00Z",
  },
};

export const session = {
  id: "SES-2026-118274",
  protocol: "ssh" as const,
  user: people.bruno,
  credential: credentials.root,
  origin: origins.office,
  startedAt: "2026-11-24T13:41:07Z",
};

export const workstation = {
  hostname: "WKS-FIN-0142",
  os: "Windows 11 Enterprise 24H2",
  agentVersion: "3.32.0.14",
};

export const at = "2026-11-24T14:03:12Z";
export const reportPeriod = { from: "2026-11-23T03:00:00Z", to: "2026-11-24T03:00:00Z" };
