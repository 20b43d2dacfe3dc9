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
import type { ReactNode } from "react";
import type { LinkAction, NotificationView } from "@/lib/templates/view";
import { ActionButtons } from "./actions";
import { colors, frame, severityColors, text } from "./theme";

interface LayoutProps {
  view: NotificationView;
  actions?: LinkAction[];
  children?: ReactNode;
}

/**
 * The frame of every Herald e-mail: severity bar, product and category, heading, greeting, summary,
 * the administrator's intro, the body, buttons, and a footer saying why the recipient gets it.
 * Table layout and inline styles only; 600px wide at most, fluid below.
 */
export function NotificationLayout({ view, actions = [], children }: LayoutProps) {
  const { copy, props, type } = view;
  const severity = severityColors[type.severity];
  const unsubscribeUrl = type.mandatory ? undefined : props.links.unsubscribeUrl;
  return (
    <Html lang={props.locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{view.summary}</Preview>
      <Body style={frame.body}>
        <Container style={frame.container}>
          <Section
            data-skip-in-text="true"
            style={{
              height: "6px",
              lineHeight: "6px",
              fontSize: "1px",
              backgroundColor: severity.bar,
              borderRadius: "8px 8px 0 0",
            }}
          >
            &nbsp;
          </Section>
          <Section style={{ padding: "20px 28px 8px" }}>
            <Text style={{ ...text.small, margin: "0 0 16px" }}>
              <strong style={{ color: colors.text }}>Herald</strong>
              {` · ${view.categoryName} · `}
              <span
                style={{
                  display: "inline-block",
                  padding: "1px 8px",
                  borderRadius: "9999px",
                  backgroundColor: severity.background,
                  color: severity.text,
                  fontWeight: 600,
                }}
              >
                {copy.layout.severity[type.severity]}
              </span>
            </Text>
            {props.test ? (
              <Text
                style={{
                  ...text.small,
                  padding: "8px 12px",
                  border: `1px dashed ${colors.muted}`,
                  borderRadius: "6px",
                  color: colors.text,
                }}
              >
                {copy.layout.testBanner}
              </Text>
            ) : null}
            <Heading as="h1" style={text.heading}>
              {view.subject}
            </Heading>
            <Text style={text.body}>{view.greeting}</Text>
            <Text style={text.body}>{view.summary}</Text>
            {view.intro.map((paragraph, index) => (
              <Text key={index} style={text.body}>
                {paragraph}
              </Text>
            ))}
            {children}
            <ActionButtons actions={actions} />
          </Section>
          <Hr style={{ borderColor: colors.border, margin: "16px 0 0" }} />
          <Section style={{ padding: "16px 28px 20px" }}>
            <Text style={text.small}>{props.recipient.reason}</Text>
            {type.mandatory ? <Text style={text.small}>{copy.layout.mandatory}</Text> : null}
            <Text style={text.small}>{copy.layout.timesShownIn(view.format.timeZone)}</Text>
            <Text style={text.small}>
              <Link href={props.links.preferencesUrl} style={{ color: colors.link }}>
                {copy.layout.myNotifications}
              </Link>
              {unsubscribeUrl ? " · " : null}
              {unsubscribeUrl ? (
                <Link href={unsubscribeUrl} style={{ color: colors.link }}>
                  {copy.layout.unsubscribe}
                </Link>
              ) : null}
            </Text>
            <Text style={{ ...text.small, margin: 0 }}>{copy.layout.automated}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
