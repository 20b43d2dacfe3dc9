// The daily digest: one e-mail with every digest-mode notification a recipient collected, grouped by
// category, in their language and time zone. Plain props, no database (rendered by digest.ts).
import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { colors, frame, severityColors, text } from "@/emails/_components/theme";
import type { Severity } from "@/lib/catalog/types";
import type { AppLocale } from "@/lib/i18n/locales";
import type { DigestCopy } from "./digest-copy";

export interface DigestItem {
  subject: string;
  /** Already formatted in the recipient's time zone. */
  time: string;
  severity: Severity;
  severityLabel: string;
}

export interface DigestEmailProps {
  locale: AppLocale;
  name: string;
  timeZone: string;
  copy: DigestCopy;
  total: number;
  groups: { category: string; items: DigestItem[] }[];
  preferencesUrl: string;
}

export default function DigestEmail({
  locale,
  name,
  timeZone,
  copy,
  total,
  groups,
  preferencesUrl,
}: DigestEmailProps) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
      </Head>
      <Preview>{copy.summary(total)}</Preview>
      <Body style={frame.body}>
        <Container style={frame.container}>
          <Section style={{ padding: "20px 28px 8px" }}>
            <Text style={{ ...text.small, margin: "0 0 16px" }}>
              <strong style={{ color: colors.text }}>Herald</strong>
            </Text>
            <Heading as="h1" style={text.heading}>
              {copy.heading}
            </Heading>
            <Text style={text.body}>{copy.greeting(name)}</Text>
            <Text style={text.body}>{copy.summary(total)}</Text>
            {groups.map((group) => (
              <Section key={group.category} style={{ margin: "16px 0 0" }}>
                <Heading as="h2" style={{ ...text.body, fontWeight: 600, margin: "0 0 8px" }}>
                  {`${group.category} (${group.items.length})`}
                </Heading>
                {group.items.map((item, index) => (
                  <Text key={index} style={{ ...text.body, margin: "0 0 8px" }}>
                    <span
                      style={{
                        display: "inline-block",
                        padding: "0 6px",
                        borderRadius: "9999px",
                        backgroundColor: severityColors[item.severity].background,
                        color: severityColors[item.severity].text,
                        fontSize: "12px",
                        fontWeight: 600,
                      }}
                    >
                      {item.severityLabel}
                    </span>
                    {` ${item.subject}`}
                    <br />
                    <span style={{ color: colors.muted, fontSize: "13px" }}>{item.time}</span>
                  </Text>
                ))}
              </Section>
            ))}
          </Section>
          <Hr style={{ borderColor: colors.border, margin: "16px 0 0" }} />
          <Section style={{ padding: "16px 28px 20px" }}>
            <Text style={text.small}>{copy.reason}</Text>
            <Text style={text.small}>{copy.timesShownIn(timeZone)}</Text>
            <Text style={text.small}>
              <Link href={preferencesUrl} style={{ color: colors.link }}>
                {copy.myNotifications}
              </Link>
            </Text>
            <Text style={{ ...text.small, margin: 0 }}>{copy.automated}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
