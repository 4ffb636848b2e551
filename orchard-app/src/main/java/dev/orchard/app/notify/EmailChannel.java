package dev.orchard.app.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.Properties;

/** Sends each event as a plain-text e-mail through an SMTP server. */
public final class EmailChannel implements NotificationChannel {
    /** {@code security}: starttls (required), ssl (implicit TLS, usually port 465) or none. */
    public record Smtp(String host, int port, String security, String user, String password, String from) {
    }

    private final Smtp smtp;
    private final String to;

    public EmailChannel(Smtp smtp, String to) {
        this.smtp = smtp;
        this.to = to;
    }

    @Override
    public String describe() {
        return "e-mail (via " + smtp.host() + ":" + smtp.port() + ")";
    }

    @Override
    public void send(Event e) throws MessagingException {
        Properties p = new Properties();
        String proto = smtp.security().equals("ssl") ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", smtp.host());
        p.put("mail." + proto + ".port", Integer.toString(smtp.port()));
        p.put("mail." + proto + ".connectiontimeout", "15000");
        p.put("mail." + proto + ".timeout", "30000");
        if (smtp.security().equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = smtp.user() != null && !smtp.user().isBlank();
        p.put("mail." + proto + ".auth", Boolean.toString(auth));
        Session session = Session.getInstance(p, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.user(), smtp.password());
            }
        } : null);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(smtp.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(e.title(), "UTF-8");
        m.setSentDate(Date.from(e.at()));
        m.setText(e.message() + "\n\nEvent: " + e.type().id() + "\nAccount: " + e.account()
                + (e.job() == null ? "" : "\nJob: " + e.job()) + "\nTime: " + e.at() + "\n", "UTF-8");
        try {
            Transport.send(m);
        } catch (MessagingException ex) {
            // Mail exceptions can quote the server's reply; keep only the first line, never credentials.
            String first = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
            throw new MessagingException("SMTP " + smtp.host() + ":" + smtp.port() + " refused the mail: " + first);
        }
    }
}
