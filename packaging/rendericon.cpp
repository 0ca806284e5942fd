// Build-time tool: renders an SVG icon into PNGs of the given sizes, for the hicolor theme's
// fixed-size folders (some panels and older desktops do not load SVG icons). Qt's own SVG
// renderer keeps the build free of another image tool.
//
// Usage: cachelens_rendericon INPUT.svg OUTPUT_PATTERN SIZE...
//        OUTPUT_PATTERN contains "%1" for the size, e.g. "out/%1x%1/cachelens.png".

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Painting paths into a QImage needs neither a display nor fonts: no QGuiApplication.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: cachelens_rendericon INPUT.svg OUTPUT_PATTERN SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cachelens_rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "cachelens_rendericon: bad size '%s'\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString output = args.at(2).arg(size);
        if (!QDir().mkpath(QFileInfo(output).absolutePath()) || !image.save(output, "PNG")) {
            std::fprintf(stderr, "cachelens_rendericon: cannot write %s\n", qPrintable(output));
            return 1;
        }
    }
    return 0;
}
