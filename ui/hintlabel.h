#pragma once

#include <QLabel>

namespace CacheLens
{

/// A word-wrapped explanation under a control, in a quieter colour than the text around it
/// (quietTextColor(): still 4.5:1 against the window) that follows palette changes, so it stays
/// readable when the colour scheme changes while it is shown. Unlike a disabled label, which
/// looked the same, it is read out as ordinary text by screen readers.
class HintLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HintLabel)

public:
    explicit HintLabel(const QString &text, QWidget *parent = nullptr);
    ~HintLabel() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    bool m_updating = false;
};

} // namespace CacheLens
