// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "tlsconfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

bool readFile(const QString &path, const char *flag, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read '%2': %3").arg(QLatin1String(flag), path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

QSslKey parseKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

bool TlsConfiguration::load(const QString &certPath, const QString &keyPath, QSslConfiguration *out, QString *error)
{
    if (certPath.isEmpty() != keyPath.isEmpty()) {
        *error = certPath.isEmpty() ? QStringLiteral("--tls-key: needs --tls-cert as well")
                                    : QStringLiteral("--tls-cert: needs --tls-key as well");
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error =
            QStringLiteral("--tls-cert: this Qt has no TLS support (%1)").arg(QSslSocket::sslLibraryVersionString());
        return false;
    }
    QByteArray certPem, keyPem;
    if (!readFile(certPath, "--tls-cert", &certPem, error) || !readFile(keyPath, "--tls-key", &keyPem, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("--tls-cert: '%1' holds no PEM certificate").arg(certPath);
        return false;
    }
    const QSslKey key = parseKey(keyPem);
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key: '%1' holds no unencrypted PEM private key").arg(keyPath);
        return false;
    }
    if (!keyMatchesCertificate(certPem, keyPem)) {
        *error =
            QStringLiteral("--tls-key: '%1' is not the private key of the certificate in '%2'").arg(keyPath, certPath);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    *out = configuration;
    return true;
}

bool TlsConfiguration::keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem)
{
    // Qt only finds a mismatch at the first handshake; OpenSSL, which Qt's TLS backend uses anyway, can tell now.
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())),
                                                      &BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                     &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr),
                                                     &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return cert && pkey && X509_check_private_key(cert.get(), pkey.get()) == 1;
}
