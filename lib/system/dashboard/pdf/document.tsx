// The system dashboard as a PDF document: who downloaded it and when, then the page's four sections.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { SystemDashboard } from "@/lib/system/dashboard/queries";
import { DevicesSection } from "./devices";
import { ListenersSection } from "./listeners";
import { ResourcesSection } from "./resources";
import { ServicesSection } from "./services";
import { styles } from "./styles";
import type { PdfText } from "./text";

export interface DashboardPdfProps {
  dashboard: SystemDashboard;
  text: PdfText;
  generatedAt: Date;
  downloadedBy: { name: string; email: string };
}

export function DashboardPdfDocument({ dashboard, text, generatedAt, downloadedBy }: DashboardPdfProps) {
  const { t } = text;
  const title = t("system.dashboard.pdf.title");
  return (
    <Document
      title={title}
      author={downloadedBy.name}
      subject={t("system.dashboard.description")}
      creator="Herald"
      producer="Herald"
      language={text.locale}
    >
      <Page size="A4" style={styles.page}>
        <View>
          <Text style={styles.title}>{title}</Text>
          <Text style={styles.meta}>
            {t("system.dashboard.pdf.generatedAt", {
              date: text.dateTime(generatedAt),
              timeZone: text.timeZone,
            })}
          </Text>
          <Text style={styles.meta}>
            {t("system.dashboard.pdf.downloadedBy", { name: downloadedBy.name, email: downloadedBy.email })}
          </Text>
          <Text style={styles.meta}>{t("system.dashboard.pdf.notice")}</Text>
        </View>
        <ServicesSection services={dashboard.services} text={text} />
        <ListenersSection listeners={dashboard.listeners} text={text} />
        <ResourcesSection resources={dashboard.resources} text={text} />
        <DevicesSection devices={dashboard.devices} text={text} />
        <View style={styles.footer} fixed>
          <Text>{title}</Text>
          <Text
            render={({ pageNumber, totalPages }) =>
              t("system.dashboard.pdf.page", { page: pageNumber, pages: totalPages })
            }
          />
        </View>
      </Page>
    </Document>
  );
}
