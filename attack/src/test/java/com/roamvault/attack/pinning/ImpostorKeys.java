package com.roamvault.attack.pinning;

import com.roamvault.server.keys.SelfSignedCertificate;
import com.roamvault.server.keys.TlsIdentity;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The keys and chains an attacker can present in the real server's place. */
final class ImpostorKeys {
    private static final Duration VALIDITY = Duration.ofDays(30);

    private ImpostorKeys() {
    }

    /** A key of its own, in a certificate with the real server's name and addresses. */
    static KeyStore.PrivateKeyEntry selfSigned() {
        SelfSignedCertificate.Issued issued = SelfSignedCertificate.create("roamvault", VALIDITY);
        return new KeyStore.PrivateKeyEntry(issued.keyPair().getPrivate(), new Certificate[] {issued.certificate()});
    }

    /**
     * A leaf of its own issued by a forged CA, with the real server's certificate appended: a client
     * that accepted the pin anywhere in the chain, not on the leaf, would be fooled.
     */
    static KeyStore.PrivateKeyEntry forgedChain(X509Certificate real) throws GeneralSecurityException {
        SelfSignedCertificate.Issued ca = SelfSignedCertificate.create("Roamvault Root CA", VALIDITY);
        SelfSignedCertificate.Issued leafKey = SelfSignedCertificate.create("roamvault", VALIDITY);
        X509Certificate leaf = issue(ca, leafKey.keyPair());
        return new KeyStore.PrivateKeyEntry(leafKey.keyPair().getPrivate(),
                new Certificate[] {leaf, ca.certificate(), real});
    }

    /** The real server's own certificate (the pinned key) presented without its private key. */
    static KeyStore.PrivateKeyEntry realCertificateWithoutItsKey(X509Certificate real) {
        KeyPair other = SelfSignedCertificate.create("roamvault", VALIDITY).keyPair();
        return new KeyStore.PrivateKeyEntry(other.getPrivate(), new Certificate[] {real});
    }

    /** Another real Roamvault server's key and certificate, as its data folder holds them. */
    static KeyStore.PrivateKeyEntry of(TlsIdentity identity) throws GeneralSecurityException {
        KeyStore store = identity.keyStore();
        String alias = store.aliases().nextElement();
        return (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(identity.password()));
    }

    private static X509Certificate issue(SelfSignedCertificate.Issued ca, KeyPair subject)
            throws GeneralSecurityException {
        try {
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new X500Name(ca.certificate().getSubjectX500Principal().getName()), BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)),
                    new X500Name("CN=roamvault,O=Roamvault App Server"), subject.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(ca.keyPair().getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("Cannot forge the chain", e);
        }
    }
}
