package dev.orchard.icloud.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An SSLContext trusting the JDK's usual roots plus the certificates of a PEM file (ORCHARD_CA_FILE). */
public final class ExtraCaTrust {
    private ExtraCaTrust() {
    }

    public static SSLContext sslContext(Path pemFile) {
        List<X509Certificate> extra = load(pemFile);
        try {
            X509TrustManager system = trustManager(null);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            for (int i = 0; i < extra.size(); i++) ks.setCertificateEntry("orchard-extra-" + i, extra.get(i));
            X509TrustManager custom = trustManager(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new EitherTrustManager(system, custom)}, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the TLS trust store: " + e.getMessage(), e);
        }
    }

    /** Reads the PEM file as {@link #sslContext} will, without building a context; a clear error if it cannot. */
    public static void check(Path pemFile) {
        load(pemFile);
    }

    static List<X509Certificate> load(Path pemFile) {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(pemFile)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("ORCHARD_CA_FILE " + pemFile + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("ORCHARD_CA_FILE " + pemFile + " cannot be read: " + e.getMessage());
        } catch (CertificateException e) {
            throw new IllegalArgumentException("ORCHARD_CA_FILE " + pemFile + " is not a PEM certificate file");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : certs) out.add((X509Certificate) c);
        if (out.isEmpty()) throw new IllegalArgumentException("ORCHARD_CA_FILE " + pemFile + " holds no certificate");
        return out;
    }

    private static X509TrustManager trustManager(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) return x;
        }
        throw new GeneralSecurityException("no X509 trust manager available");
    }

    /** Accepts a server chain that either the system roots or the extra CAs accept. */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
