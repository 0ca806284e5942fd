#include "ui/settings/preferencesdialog.h"

#include "core/cleanup/planning.h"
#include "core/desktop/autostart.h"
#include "core/report/sizeformat.h"
#include "ui/hintlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// A form whose fields keep their natural width, with an optional note under it.
QFormLayout *formOn(QWidget *page, QLabel *noteLabel = nullptr)
{
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    column->addLayout(form);
    if (noteLabel)
        column->addWidget(noteLabel);
    column->addStretch(1);
    return form;
}

QLabel *note(const QString &text, QWidget *parent)
{
    return new HintLabel(text, parent);
}

int percentOf(double ratio)
{
    return int(std::lround(ratio * 100.0));
}

// The spin box shows whole percents: an unchanged field keeps the exact stored ratio (87.5 %).
double ratioOf(const QSpinBox *spin, double original)
{
    return spin->value() == percentOf(original) ? original : spin->value() / 100.0;
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_autostartWas(Autostart::isEnabled())
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createMonitoringPage(), tr("&Monitoring"));
    m_tabs->addTab(createDesktopPage(), tr("&Desktop"));
    m_tabs->addTab(createSchedulePage(), tr("&Scheduled Scans"));
    m_tabs->addTab(createViewsPage(), tr("&Views"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"validationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s); // readable on light and dark
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Save and use these settings, keeping this window open"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    load(settings);
    resize(600, 480);
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s); // each language in its own words
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setToolTip(tr("The language of menus and messages; the system default follows your desktop's"));
    m_colorScheme = new QComboBox(page);
    m_colorScheme->setObjectName(u"colorScheme"_s);
    m_colorScheme->addItem(tr("Follow system"), int(AppSettings::ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(AppSettings::ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(AppSettings::ColorScheme::Dark));
    m_colorScheme->setToolTip(tr("Light or dark windows; Follow system keeps the look your desktop gives "
                                 "CacheLens. Changes at once."));
    QFormLayout *form = formOn(page, note(tr("A new language takes effect the next time CacheLens starts."), page));
    form->addRow(tr("&Language:"), m_language);
    // Not "&Colour": the GNOME theme's Cancel button is "&Cancel".
    form->addRow(tr("Colour sc&heme:"), m_colorScheme);
    return page;
}

QWidget *PreferencesDialog::createMonitoringPage()
{
    auto *page = new QWidget(this);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(u"monitorInterval"_s);
    m_interval->setRange(1, 86400);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the free space of every volume is measured for the Disk view and alerts"));
    m_warning = new QSpinBox(page);
    m_warning->setObjectName(u"warningPercent"_s);
    m_warning->setRange(1, 100);
    m_warning->setSuffix(tr(" %"));
    m_warning->setToolTip(tr("A volume this full (as df's Use%) is shown in warning and you are notified once"));
    m_critical = new QSpinBox(page);
    m_critical->setObjectName(u"criticalPercent"_s);
    m_critical->setRange(1, 100);
    m_critical->setSuffix(tr(" %"));
    m_critical->setToolTip(tr("A volume this full is critical; must not be below the warning level"));
    m_etaHours = new QSpinBox(page);
    m_etaHours->setObjectName(u"etaHours"_s);
    m_etaHours->setRange(0, 24 * 365);
    m_etaHours->setSuffix(tr(" h"));
    m_etaHours->setSpecialValueText(tr("off"));
    m_etaHours->setToolTip(tr("Warn when, at the rate it has been filling, a volume will be full within this "
                              "many hours, however empty it is now; 0 turns this off"));
    QFormLayout *form = formOn(page,
        note(tr("0 h turns the warning by time off. The Disk view and the tray use these levels at once; "
                "'cachelens monitor' has its own options."),
            page));
    form->addRow(tr("Measure the volumes &every:"), m_interval);
    form->addRow(tr("&Warning when a volume is fuller than:"), m_warning);
    form->addRow(tr("&Critical when a volume is fuller than:"), m_critical);
    form->addRow(tr("Warn when a volume will be &full within:"), m_etaHours);
    m_paused = new QCheckBox(tr("Pa&use monitoring"), page);
    m_paused->setObjectName(u"monitoringPaused"_s);
    m_paused->setToolTip(tr("Measure nothing and raise no alerts until this is unticked, also after a restart; "
                            "the same as Pause Monitoring in the tray menu"));
    form->addRow(m_paused);
    return page;
}

QWidget *PreferencesDialog::createDesktopPage()
{
    auto *page = new QWidget(this);
    m_closeToTray = new QCheckBox(tr("&Keep running in the system tray when the window is closed"), page);
    m_closeToTray->setObjectName(u"closeToTray"_s);
    m_closeToTray->setToolTip(tr("Closing the window hides it; monitoring and scheduled scans go on. "
                                 "Quit from the tray menu or with Ctrl+Q."));
    m_startMinimized = new QCheckBox(tr("Start &minimised (in the tray)"), page);
    m_startMinimized->setObjectName(u"startMinimized"_s);
    m_startMinimized->setToolTip(tr("Open no window at start; click the tray icon to show it"));
    m_startAtLogin = new QCheckBox(tr("Start at &login"), page);
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_startAtLogin->setToolTip(
        tr("Adds CacheLens to your desktop's autostart, started in the tray:\n%1").arg(Autostart::entryPath()));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_startMinimized);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(note(tr("The tray options take effect only where the desktop has a system tray; without "
                              "one, closing the window quits."),
        page));
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createSchedulePage()
{
    auto *page = new QWidget(this);
    m_scheduleOff = new QRadioButton(tr("&Off"), page);
    m_scheduleOff->setObjectName(u"scheduleOff"_s);
    m_scheduleEvery = new QRadioButton(tr("&Every"), page);
    m_scheduleEvery->setObjectName(u"scheduleEvery"_s);
    m_scheduleDaily = new QRadioButton(tr("&Daily at"), page);
    m_scheduleDaily->setObjectName(u"scheduleDaily"_s);
    auto *group = new QButtonGroup(page);
    for (QRadioButton *button : { m_scheduleOff, m_scheduleEvery, m_scheduleDaily }) {
        group->addButton(button);
        connect(button, &QRadioButton::toggled, this, &PreferencesDialog::updateScheduleFields);
    }
    m_scheduleHours = new QSpinBox(page);
    m_scheduleHours->setObjectName(u"scheduleHours"_s);
    m_scheduleHours->setRange(ScanSchedule::MinHours, ScanSchedule::MaxHours);
    m_scheduleHours->setSuffix(tr(" hours"));
    m_scheduleHours->setToolTip(tr("Hours between two scheduled scans"));
    m_scheduleTime = new QTimeEdit(page);
    m_scheduleTime->setObjectName(u"scheduleTime"_s);
    m_scheduleTime->setDisplayFormat(u"HH:mm"_s);
    m_scheduleTime->setToolTip(tr("Local time; a scan missed while the computer was off runs soon after CacheLens "
                                  "starts, once"));
    auto *every = new QHBoxLayout;
    every->addWidget(m_scheduleEvery);
    every->addWidget(m_scheduleHours);
    every->addStretch(1);
    auto *daily = new QHBoxLayout;
    daily->addWidget(m_scheduleDaily);
    daily->addWidget(m_scheduleTime);
    daily->addStretch(1);

    m_nextRun = new QLabel(page);
    m_nextRun->setObjectName(u"nextRun"_s);
    m_checkNow = new QPushButton(tr("Check &Now"), page);
    m_checkNow->setObjectName(u"checkNow"_s);
    m_checkNow->setToolTip(tr("Measure now what could be reclaimed, whatever the schedule"));
    connect(m_checkNow, &QPushButton::clicked, this, &PreferencesDialog::checkNowRequested);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextRun, 1);
    nextRow->addWidget(m_checkNow);

    m_history = new QTableWidget(0, 4, page);
    m_history->setObjectName(u"scheduleHistory"_s);
    m_history->setHorizontalHeaderLabels({ tr("Time"), tr("Reclaimable"), tr("Safe to delete"), tr("Status") });
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->setVisible(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setToolTip(tr("Recent scans, newest first; hover a row for what each kind of item would free"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("A scheduled scan measures what the cleanup wizard would free in the ML caches: "
                              "interrupted downloads, package and compiler caches, Hugging Face revisions no "
                              "branch points to and models unused for %1 days. It notifies you when there is "
                              "something, and never deletes anything. It runs while CacheLens runs, in the "
                              "tray too.")
                               .arg(DefaultHfUnusedDays),
        page));
    layout->addWidget(m_scheduleOff);
    layout->addLayout(every);
    layout->addLayout(daily);
    layout->addLayout(nextRow);
    layout->addWidget(new QLabel(tr("Recent scans:"), page));
    layout->addWidget(m_history, 1);
    return page;
}

QWidget *PreferencesDialog::createViewsPage()
{
    auto *page = new QWidget(this);
    m_shading = new QComboBox(page);
    m_shading->setObjectName(u"treemapShading"_s);
    m_shading->addItem(tr("Cushions"), int(AppSettings::Shading::Cushion));
    m_shading->addItem(tr("Flat"), int(AppSettings::Shading::Flat));
    m_shading->setToolTip(tr("Cushions shade each tile so nesting shows; flat tiles are plain colours"));
    m_rings = new QSpinBox(page);
    m_rings->setObjectName(u"sunburstRings"_s);
    m_rings->setRange(AppSettings::MinRings, AppSettings::MaxRings);
    m_rings->setToolTip(tr("How many folder levels the sunburst shows around its centre"));
    m_units = new QComboBox(page);
    m_units->setObjectName(u"sizeUnits"_s);
    m_units->addItem(tr("Binary: KiB, MiB, GiB (as du -h)"), int(SizeUnits::Iec));
    m_units->addItem(tr("Decimal: kB, MB, GB (as disk vendors)"), int(SizeUnits::Si));
    m_units->setToolTip(tr("Powers of 1024 or of 1000; also View > Decimal Units"));

    m_excludes = new QListWidget(page);
    m_excludes->setObjectName(u"scanExcludes"_s);
    m_excludes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_excludes->setToolTip(tr("Folders the window's scans skip (added with Exclude from Scans in a view's menu)"));
    auto *removeExclude = new QPushButton(tr("Re&move"), page);
    removeExclude->setObjectName(u"removeExclude"_s);
    removeExclude->setToolTip(tr("Scan the selected folders again from the next scan on"));
    removeExclude->setEnabled(false);
    connect(m_excludes, &QListWidget::itemSelectionChanged, removeExclude,
        [this, removeExclude] { removeExclude->setEnabled(!m_excludes->selectedItems().isEmpty()); });
    connect(removeExclude, &QPushButton::clicked, this, [this] { qDeleteAll(m_excludes->selectedItems()); });
    auto *excludes = new QHBoxLayout;
    excludes->addWidget(m_excludes, 1);
    excludes->addWidget(removeExclude, 0, Qt::AlignTop);

    QFormLayout *form = formOn(page);
    form->addRow(tr("&Treemap tiles:"), m_shading);
    form->addRow(tr("Sunburst &rings:"), m_rings);
    form->addRow(tr("Si&zes:"), m_units);
    auto *excludesLabel = new QLabel(tr("E&xcluded from scans:"), page); // a layout gets no buddy by itself
    excludesLabel->setBuddy(m_excludes);
    form->addRow(excludesLabel, excludes);
    return page;
}

void PreferencesDialog::load(const AppSettings &settings)
{
    int language = m_language->findData(settings.language);
    if (language < 0) { // a language set in the file by hand: keep it
        m_language->addItem(settings.language, settings.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_colorScheme->setCurrentIndex(m_colorScheme->findData(int(settings.colorScheme)));
    m_interval->setValue(int(settings.monitorInterval.count()));
    m_warning->setValue(percentOf(settings.thresholds.warningRatio));
    m_critical->setValue(percentOf(settings.thresholds.criticalRatio));
    m_etaHours->setValue(int(settings.thresholds.etaWarningSeconds / 3600));
    m_paused->setChecked(settings.monitoringPaused);
    m_closeToTray->setChecked(settings.closeToTray);
    m_startMinimized->setChecked(settings.startMinimized);
    m_startAtLogin->setChecked(m_autostartWas);
    const ScanSchedule &schedule = settings.scanSchedule;
    m_scheduleOff->setChecked(schedule.kind == ScanSchedule::Kind::Off);
    m_scheduleEvery->setChecked(schedule.kind == ScanSchedule::Kind::Every);
    m_scheduleDaily->setChecked(schedule.kind == ScanSchedule::Kind::Daily);
    m_scheduleHours->setValue(
        int(std::max<qint64>(1, std::chrono::duration_cast<std::chrono::hours>(schedule.interval).count())));
    m_scheduleTime->setTime(schedule.dailyAt);
    m_shading->setCurrentIndex(m_shading->findData(int(settings.treemapShading)));
    m_rings->setValue(settings.sunburstRings);
    m_units->setCurrentIndex(m_units->findData(int(settings.sizeUnits)));
    m_excludes->clear();
    for (const QByteArray &path : settings.scanExcludes) {
        auto *item = new QListWidgetItem(QFile::decodeName(path), m_excludes);
        item->setData(Qt::UserRole, path); // raw bytes: a non-UTF-8 name must come back unchanged
    }
    updateScheduleFields();
    setNextRun({});
}

void PreferencesDialog::setMonitoringPaused(bool paused)
{
    m_paused->setChecked(paused);
}

void PreferencesDialog::updateScheduleFields()
{
    m_scheduleHours->setEnabled(m_scheduleEvery->isChecked());
    m_scheduleTime->setEnabled(m_scheduleDaily->isChecked());
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings result = m_original;
    result.language = m_language->currentData().toString();
    result.colorScheme = AppSettings::ColorScheme(m_colorScheme->currentData().toInt());
    result.monitorInterval = std::chrono::seconds(m_interval->value());
    result.thresholds.warningRatio = ratioOf(m_warning, m_original.thresholds.warningRatio);
    result.thresholds.criticalRatio = ratioOf(m_critical, m_original.thresholds.criticalRatio);
    result.thresholds.etaWarningSeconds = std::int64_t(m_etaHours->value()) * 3600;
    result.closeToTray = m_closeToTray->isChecked();
    result.monitoringPaused = m_paused->isChecked();
    result.startMinimized = m_startMinimized->isChecked();
    ScanSchedule &schedule = result.scanSchedule;
    schedule.kind = m_scheduleEvery->isChecked() ? ScanSchedule::Kind::Every
        : m_scheduleDaily->isChecked()           ? ScanSchedule::Kind::Daily
                                                 : ScanSchedule::Kind::Off;
    // An unchanged field keeps the stored value exactly (an interval a test gave in seconds).
    const auto hours = std::chrono::hours(m_scheduleHours->value());
    if (std::chrono::duration_cast<std::chrono::hours>(schedule.interval) != hours)
        schedule.interval = hours;
    schedule.dailyAt = m_scheduleTime->time();
    result.treemapShading = AppSettings::Shading(m_shading->currentData().toInt());
    result.sunburstRings = m_rings->value();
    result.sizeUnits = SizeUnits(m_units->currentData().toInt());
    result.scanExcludes.clear();
    for (int row = 0; row < m_excludes->count(); ++row)
        result.scanExcludes.append(m_excludes->item(row)->data(Qt::UserRole).toByteArray());
    return result;
}

bool PreferencesDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

QString PreferencesDialog::validationError() const
{
    if (m_critical->value() < m_warning->value())
        return tr("The critical level (%1 %) must not be below the warning level (%2 %).")
            .arg(m_critical->value())
            .arg(m_warning->value());
    return {};
}

void PreferencesDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool PreferencesDialog::apply()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        showMessage(error);
        showPage(MonitoringPage);
        m_critical->setFocus();
        m_critical->selectAll();
        return false;
    }
    if (startAtLogin() != m_autostartWas) {
        QString error;
        if (!Autostart::setEnabled(startAtLogin(), &error)) {
            showMessage(tr("Start at login could not be changed: %1").arg(error));
            showPage(DesktopPage);
            return false;
        }
        m_autostartWas = startAtLogin();
    }
    showMessage({});
    const AppSettings result = settings();
    result.save();
    m_original = result;
    Q_EMIT applied(result);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void PreferencesDialog::setNextRun(const QDateTime &next)
{
    m_nextRun->setText(next.isValid() ? tr("Next scan: %1").arg(localTime(next)) : QString());
}

void PreferencesDialog::setScanning(bool scanning)
{
    m_checkNow->setEnabled(!scanning);
    if (scanning)
        m_nextRun->setText(tr("Scanning the ML caches..."));
}

void PreferencesDialog::setRecentRuns(const QList<ScheduledScanResult> &runs)
{
    m_history->setRowCount(int(runs.size()));
    int row = 0;
    for (auto run = runs.crbegin(); run != runs.crend(); ++run, ++row) {
        QStringList details;
        for (const SelectorBytes &selector : run->selectors) {
            details.append(tr("%1: %2").arg(QString::fromUtf8(selector.selector),
                selector.items == 0 ? tr("nothing") : formatSize(selector.diskBytes)));
        }
        details.append(tr("took %1 s").arg(formatDisplayDecimal(double(run->durationMs) / 1000.0, 1)));
        const QList<QByteArray> found = run->selectorsWithSomething();
        QString status = !run->error.isEmpty() ? tr("Problem: %1").arg(run->error)
            : found.isEmpty()                  ? tr("Nothing to reclaim")
                                               : tr("Found by %1").arg(QString::fromUtf8(found.join(", ")));
        const QStringList cells { localTime(run->time), formatSize(run->reclaimableBytes), formatSize(run->safeBytes),
            status };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(details.join(u'\n'));
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, column, item);
        }
    }
}

} // namespace CacheLens
