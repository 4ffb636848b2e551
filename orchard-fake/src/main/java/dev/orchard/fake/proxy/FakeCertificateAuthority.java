package dev.orchard.fake.proxy;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A throwaway certificate authority made at start-up, and one server certificate it signs for Apple's
 * host names, so clients that trust the CA's PEM accept the fake behind a CONNECT tunnel. Subject and
 * authority key identifiers are included because strict X.509 checkers (Python 3.13) require them.
 */
public final class FakeCertificateAuthority {
    public static final List<String> SERVER_NAMES = List.of(
            "idmsa.apple.com", "setup.icloud.com", "www.icloud.com", "*.icloud.com", "*.icloud-content.com",
            "idmsa.apple.com.cn", "setup.icloud.com.cn", "www.icloud.com.cn", "*.icloud.com.cn",
            "*.icloud-content.com.cn", "localhost");

    private static final char[] PASSWORD = "fake-icloud".toCharArray();

    private final X509Certificate caCertificate;
    private final KeyStore serverKeyStore;

    private FakeCertificateAuthority(X509Certificate ca, KeyStore serverKeys) {
        this.caCertificate = ca;
        this.serverKeyStore = serverKeys;
    }

    public static FakeCertificateAuthority generate() {
        try {
            KeyPair caKeys = ecKeyPair();
            Instant now = Instant.now();
            Date from = Date.from(now.minus(Duration.ofDays(1)));
            Date until = Date.from(now.plus(Duration.ofDays(365)));
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

            X500Name caName = new X500Name("CN=Orchard Fake iCloud CA,O=Orchard (testing only)");
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(), from, until, caName,
                    caKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ca.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCert = sign(ca, caKeys);

            KeyPair serverKeys = ecKeyPair();
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(), from, until,
                    new X500Name("CN=idmsa.apple.com"), serverKeys.getPublic());
            server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            server.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            server.addExtension(Extension.subjectAlternativeName, false, subjectAltNames());
            server.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(serverKeys.getPublic()));
            server.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            X509Certificate serverCert = sign(server, caKeys);

            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", serverKeys.getPrivate(), PASSWORD, new Certificate[] {serverCert, caCert});
            return new FakeCertificateAuthority(caCert, ks);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot generate the fake iCloud's certificates", e);
        }
    }

    private static GeneralNames subjectAltNames() {
        GeneralName[] names = new GeneralName[SERVER_NAMES.size() + 1];
        for (int i = 0; i < SERVER_NAMES.size(); i++) names[i] = new GeneralName(GeneralName.dNSName, SERVER_NAMES.get(i));
        names[SERVER_NAMES.size()] = new GeneralName(GeneralName.iPAddress, "127.0.0.1");
        return new GeneralNames(names);
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    public X509Certificate caCertificate() { return caCertificate; }
    public KeyStore serverKeyStore() { return serverKeyStore; }
    public char[] keyStorePassword() { return PASSWORD.clone(); }

    /** The CA certificate in PEM, for REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS or ORCHARD_CA_FILE. */
    public String caPem() {
        try {
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(caCertificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void writeCaPem(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".ca", ".pem");
        Files.writeString(tmp, caPem(), StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
