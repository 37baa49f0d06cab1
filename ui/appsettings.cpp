#include "ui/appsettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace fathom {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kRefresh = QStringLiteral("charts/refresh_hz");
const QString kClient = QStringLiteral("client/defaults");

} // namespace

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.language = s.value(kLanguage).toString();
    if (a.language != QLatin1String("en") && a.language != QLatin1String("he"))
        a.language.clear();
    a.chartRefreshHz = std::clamp(s.value(kRefresh, kDefaultRefreshHz).toInt(), 1, 30);
    // A hand-edited settings file may hold anything: only a JSON object is taken, and it is
    // checked like a profile's "client" section when used.
    const QJsonDocument client = QJsonDocument::fromJson(s.value(kClient).toByteArray());
    if (client.isObject())
        a.clientDefaults = client.object();
    a.jira = JiraConfig::load(s);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(kLanguage, language);
    s.setValue(kRefresh, chartRefreshHz);
    if (clientDefaults.isEmpty())
        s.remove(kClient);
    else
        s.setValue(kClient, QJsonDocument(clientDefaults).toJson(QJsonDocument::Compact));
    jira.save(s);
}

std::optional<TargetProfile> AppSettings::profileForUrl(const QString &baseUrl, QString *error) const
{
    QJsonObject json { { QStringLiteral("base_url"), baseUrl.trimmed() } };
    if (!clientDefaults.isEmpty())
        json.insert(QStringLiteral("client"), clientDefaults);
    return TargetProfile::fromJson(json, error);
}

std::optional<TargetProfile> AppSettings::newProfile(QString *error) const
{
    std::optional<TargetProfile> p = profileForUrl(QStringLiteral("http://127.0.0.1:8080"), error);
    if (p)
        p->cleanup.enabled = true;
    return p;
}

} // namespace fathom
