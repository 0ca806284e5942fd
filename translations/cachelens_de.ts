<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Archiver</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not write %1 to the archive %2: %3</source>
        <translation>%1 konnte nicht in das Archiv %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>No archive is open to add %1 to.</source>
        <translation>Es ist kein Archiv geöffnet, dem %1 hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>“%1” cannot be stored in an archive: it is not a relative path.</source>
        <translation>„%1“ kann nicht in einem Archiv gespeichert werden: Es ist kein relativer Pfad.</translation>
    </message>
    <message>
        <source>%1 is already in the archive.</source>
        <translation>%1 ist bereits im Archiv.</translation>
    </message>
    <message>
        <source>This archive writer was already used.</source>
        <translation>Dieser Archivschreiber wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>Could not create the archive %1: %2</source>
        <translation>Das Archiv %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being archived.</source>
        <translation>%1 hat sich während des Archivierens geändert.</translation>
    </message>
    <message>
        <source>Archiving was cancelled.</source>
        <translation>Das Archivieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The symlink %1 has no usable target.</source>
        <translation>Der symbolische Link %1 hat kein verwendbares Ziel.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>The archive %1 was not completed and has been removed: %2</source>
        <translation>Das Archiv %1 wurde nicht fertiggestellt und wieder entfernt: %2</translation>
    </message>
    <message>
        <source>Could not complete the archive %1 (it has been removed): %2</source>
        <translation>Das Archiv %1 konnte nicht fertiggestellt werden (es wurde entfernt): %2</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read: %2</source>
        <translation>Das Archiv %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: %2</source>
        <translation>Das Archiv %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged at %2: %3</source>
        <translation>Das Archiv %1 ist bei %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>The archive %1 holds %2, which was not written to it.</source>
        <translation>Das Archiv %1 enthält %2, das nicht hineingeschrieben wurde.</translation>
    </message>
    <message>
        <source>The archive %1 holds %2 twice.</source>
        <translation>Das Archiv %1 enthält %2 doppelt.</translation>
    </message>
    <message>
        <source>%1 has the wrong type in the archive %2.</source>
        <translation>%1 hat im Archiv %2 den falschen Typ.</translation>
    </message>
    <message>
        <source>The symlink %1 points elsewhere in the archive %2.</source>
        <translation>Der symbolische Link %1 zeigt im Archiv %2 woandershin.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes in the archive %3, %4 were written.</source>
        <translation>%1 hat im Archiv %3 %2 Bytes, geschrieben wurden %4.</translation>
    </message>
    <message>
        <source>Checking the archive %1 was cancelled.</source>
        <translation>Die Prüfung des Archivs %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The data of %1 in the archive %2 differs from what was written.</source>
        <translation>Die Daten von %1 im Archiv %2 weichen vom Geschriebenen ab.</translation>
    </message>
    <message>
        <source>%1 is missing from the archive %2.</source>
        <translation>%1 fehlt im Archiv %2.</translation>
    </message>
</context>
<context>
    <name>ArgParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>Option „%1“ nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value (%2)</source>
        <translation>Option „%1“ braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; given more than once</source>
        <translation>Option „%1“ wurde mehrfach angegeben</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>CacheLens::AboutDialog</name>
    <message>
        <source>About CacheLens</source>
        <translation>Über CacheLens</translation>
    </message>
    <message>
        <source>A disk-space analyzer that knows what machine-learning tools leave on disk.</source>
        <translation>Ein Speicherplatz-Analysator, der weiß, was Werkzeuge für maschinelles Lernen auf der Festplatte hinterlassen.</translation>
    </message>
    <message>
        <source>CacheLens is free software under the %1 licence. It is built on:</source>
        <translation>CacheLens ist freie Software unter der Lizenz %1. Es baut auf:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Every feature also runs without a screen: see %1 or %2.</source>
        <extracomment>%1 and %2 are commands, shown as code.</extracomment>
        <translation>Jede Funktion läuft auch ohne Bildschirm: siehe %1 oder %2.</translation>
    </message>
</context>
<context>
    <name>CacheLens::AlertBanner</name>
    <message>
        <source>Show &amp;Disk</source>
        <translation>Daten&amp;träger zeigen</translation>
    </message>
    <message>
        <source>Open the Disk view: every volume, how full it is and how fast it fills</source>
        <translation>Die Datenträgeransicht öffnen: jeder Datenträger, wie voll er ist und wie schnell er sich füllt</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>Auf&amp;räumen...</translation>
    </message>
    <message>
        <source>Choose what to remove and preview exactly what goes</source>
        <translation>Wählen, was entfernt werden soll, und vorab genau sehen, was entfernt wird</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>CacheLens::BreadcrumbBar</name>
    <message numerus="yes">
        <source>All %Ln folders</source>
        <translation>
            <numerusform>%Ln Ordner</numerusform>
            <numerusform>Alle %Ln Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every scanned folder</source>
        <translation>Alle gescannten Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>CacheLens::CachesPanel</name>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Known ML caches inside the scanned folders; click one to show it in the tree</source>
        <translation>Bekannte ML-Caches in den gescannten Ordnern; ein Klick zeigt den Cache im Baum</translation>
    </message>
    <message>
        <source>No known ML cache lies inside the scanned folders.</source>
        <translation>In den gescannten Ordnern liegt kein bekannter ML-Cache.</translation>
    </message>
    <message>
        <source>Scan ML Caches</source>
        <translation>ML-Caches scannen</translation>
    </message>
    <message>
        <source>Scan every cache location CacheLens knows on this machine</source>
        <translation>Jeden Cache-Ort scannen, den CacheLens auf diesem Rechner kennt</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>Der Standardort</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Festgelegt durch %1</translation>
    </message>
</context>
<context>
    <name>CacheLens::CategoryLegend</name>
    <message>
        <source>Bytes in each ML category across the whole scan, with their share</source>
        <translation>Bytes jeder ML-Kategorie im gesamten Scan, mit ihrem Anteil</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9632;&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;%3&amp;nbsp;(%4&amp;nbsp;%)</source>
        <extracomment>One legend entry: a colour swatch, a category, its size and its share of the scan.</extracomment>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9632;&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;%3&amp;nbsp;(%4&amp;nbsp;%)</translation>
    </message>
</context>
<context>
    <name>CacheLens::ChoosePage</name>
    <message>
        <source>%1 re-creates what it needs on next use; only time is lost.</source>
        <translation>%1 erzeugt bei der nächsten Verwendung neu, was es braucht; nur Zeit geht verloren.</translation>
    </message>
    <message>
        <source>Re-downloaded by %1 on next use: costs time and bandwidth, so look at the preview.</source>
        <translation>Wird bei der nächsten Verwendung von %1 erneut heruntergeladen: Das kostet Zeit und Bandbreite, also die Vorschau ansehen.</translation>
    </message>
    <message>
        <source>May hold work of yours that cannot be downloaded again: check the preview.</source>
        <translation>Kann eigene Arbeit enthalten, die sich nicht erneut herunterladen lässt: Vorschau prüfen.</translation>
    </message>
    <message>
        <source>What should be cleaned up?</source>
        <translation>Was soll aufgeräumt werden?</translation>
    </message>
    <message>
        <source>Tick what to look for. Nothing is removed yet: the next page lists every item found, and you choose again there.</source>
        <translation>Wählen Sie aus, wonach gesucht werden soll. Noch wird nichts entfernt: Die nächste Seite listet jeden Fund auf, und dort wählen Sie erneut.</translation>
    </message>
    <message>
        <source>Interrupted downloads and temporary files</source>
        <translation>Abgebrochene Downloads und temporäre Dateien</translation>
    </message>
    <message>
        <source>*.incomplete, *.part and *.tmp files and stale compiler folders: tools start them again.</source>
        <translation>*.incomplete-, *.part- und *.tmp-Dateien und veraltete Compiler-Ordner: Die Werkzeuge legen sie neu an.</translation>
    </message>
    <message>
        <source>Old Hugging Face revisions</source>
        <translation>Alte Hugging-Face-Revisionen</translation>
    </message>
    <message>
        <source>Revisions no branch or tag points to any more; re-downloaded from the Hub only if a script pins them.</source>
        <translation>Revisionen, auf die kein Branch und kein Tag mehr zeigt; nur erneut vom Hub geladen, wenn ein Skript sie festlegt.</translation>
    </message>
    <message>
        <source>Hugging Face models and datasets not used for</source>
        <translation>Hugging-Face-Modelle und -Datensätze, ungenutzt seit</translation>
    </message>
    <message>
        <source>Re-downloaded from the Hub on next use, which can take long for big models.</source>
        <translation>Werden bei der nächsten Verwendung erneut vom Hub geladen; bei großen Modellen kann das lange dauern.</translation>
    </message>
    <message>
        <source>Everything in the %1 cache</source>
        <translation>Alles im Cache von %1</translation>
    </message>
    <message>
        <source>Training checkpoints, keeping the newest</source>
        <translation>Trainings-Checkpoints, die neuesten behalten:</translation>
    </message>
    <message>
        <source>Your own training output: the newest of each run and the best one stay; the rest cannot be re-created without training again.</source>
        <translation>Ihre eigenen Trainingsergebnisse: Die neuesten jedes Laufs und der beste bleiben; der Rest lässt sich nur durch erneutes Training wiederherstellen.</translation>
    </message>
    <message>
        <source>Training logs not changed for</source>
        <translation>Trainingsprotokolle, unverändert seit</translation>
    </message>
    <message>
        <source>TensorBoard, W&amp;B, MLflow and Lightning logs: your records, not re-creatable. Runs that hold checkpoints are left out.</source>
        <translation>TensorBoard-, W&amp;B-, MLflow- und Lightning-Protokolle: Ihre Aufzeichnungen, nicht wiederherstellbar. Läufe mit Checkpoints werden ausgelassen.</translation>
    </message>
    <message>
        <source>Folder holding your training runs</source>
        <translation>Ordner mit Ihren Trainingsläufen</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen...</translation>
    </message>
    <message>
        <source>Checkpoints and logs are looked for in:</source>
        <translation>Checkpoints und Protokolle werden gesucht in:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Chosen in a view: %1</source>
        <translation>In einer Ansicht gewählt: %1</translation>
    </message>
    <message>
        <source>Picked by you. It is listed with its exact size on the next page before anything happens.</source>
        <translation>Von Ihnen gewählt. Es wird mit seiner genauen Größe auf der nächsten Seite aufgeführt, bevor etwas geschieht.</translation>
    </message>
    <message>
        <source>Space freed on disk: %1; in file lengths (apparent size): %2</source>
        <translation>Frei werdender Platz auf dem Datenträger: %1; nach Dateilängen (scheinbare Größe): %2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>frees %1, %2</source>
        <translation>gibt %1 frei, %2</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>needs a folder below</source>
        <translation>braucht unten einen Ordner</translation>
    </message>
    <message>
        <source>measuring...</source>
        <translation>wird gemessen...</translation>
    </message>
    <message>
        <source>Folder With Training Runs</source>
        <translation>Ordner mit Trainingsläufen</translation>
    </message>
</context>
<context>
    <name>CacheLens::CleanupWizard</name>
    <message>
        <source>Clean Up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheLens::DiskPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>~%1 d</translation>
    </message>
    <message>
        <source>%1%2/h</source>
        <translation>%1%2/h</translation>
    </message>
    <message>
        <source>Measuring the volumes...</source>
        <translation>Datenträger werden gemessen...</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>Voll in</translation>
    </message>
    <message>
        <source>not enough history yet for a trend</source>
        <translation>noch zu wenig Verlauf für einen Trend</translation>
    </message>
    <message>
        <source>full in %1 at %2</source>
        <translation>voll in %1 bei %2</translation>
    </message>
    <message>
        <source>not growing</source>
        <translation>wächst nicht</translation>
    </message>
    <message>
        <source>1 volume, measured at %1</source>
        <translation>1 Datenträger, gemessen um %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volumes, measured at %1</source>
        <translation>
            <numerusform>%Ln Datenträger, gemessen um %1</numerusform>
            <numerusform>%Ln Datenträger, gemessen um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Select several volumes (Ctrl or Shift) to compare them in the chart</source>
        <translation>Mehrere Datenträger auswählen (Strg oder Umschalt), um sie im Diagramm zu vergleichen</translation>
    </message>
</context>
<context>
    <name>CacheLens::DiskUsageChart</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Used (GiB)</source>
        <translation>Belegt (GiB)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>How far back the chart looks</source>
        <translation>Wie weit das Diagramm zurückblickt</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeige:</translation>
    </message>
</context>
<context>
    <name>CacheLens::FileTreeModel</name>
    <message>
        <source>%1
%2 on disk, %3 apparent
%4 - %5</source>
        <translation>%1
%2 auf dem Datenträger, %3 scheinbar
%4 - %5</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>%1 (other file system)</source>
        <translation>%1 (anderes Dateisystem)</translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 and %2 below</source>
        <extracomment>%1 and %2 are counts with their nouns: &quot;1,234 files&quot;, &quot;56 folders&quot;</extracomment>
        <translation>%1 und %2 darin</translation>
    </message>
</context>
<context>
    <name>CacheLens::MainWindow</name>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Choose a folder and see what fills it (%1)</source>
        <translation>Einen Ordner wählen und sehen, was ihn füllt (%1)</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut scannen</translation>
    </message>
    <message>
        <source>Scan the same folders again (F5)</source>
        <translation>Dieselben Ordner noch einmal scannen (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop the scan and show what was found so far (Esc)</source>
        <translation>Den Scan anhalten und zeigen, was bisher gefunden wurde (Esc)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Apparent Sizes</source>
        <translation>Scheinbare &amp;Größen</translation>
    </message>
    <message>
        <source>Show file lengths (du --apparent-size) instead of the space they take on disk (Ctrl+Shift+A)</source>
        <translation>Dateilängen (du --apparent-size) statt des belegten Platzes auf dem Datenträger zeigen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About CacheLens</source>
        <translation>&amp;Über CacheLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>Scan läuft...</translation>
    </message>
    <message>
        <source>Stopped after %1 s: partial results</source>
        <translation>Nach %1 s angehalten: unvollständige Ergebnisse</translation>
    </message>
    <message>
        <source>Nothing could be scanned</source>
        <translation>Nichts konnte gescannt werden</translation>
    </message>
    <message>
        <source>Nothing to undo: no cleanup moved anything to the Trash that is still there.</source>
        <translation>Nichts rückgängig zu machen: Keine Aufräumaktion hat etwas in den Papierkorb verschoben, das noch dort ist.</translation>
    </message>
    <message>
        <source>Put back %1 from the Trash.</source>
        <translation>%1 aus dem Papierkorb zurückgelegt.</translation>
    </message>
    <message>
        <source>Put back %1 from the Trash; %2 could not be restored.</source>
        <translation>%1 aus dem Papierkorb zurückgelegt; %2 konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches</source>
        <translation>&amp;ML-Caches scannen</translation>
    </message>
    <message>
        <source>Scan every known ML cache on this machine (Ctrl+M)</source>
        <translation>Jeden bekannten ML-Cache auf diesem Rechner scannen (Strg+M)</translation>
    </message>
    <message>
        <source>Open Scan &amp;Export...</source>
        <translation>Scan-E&amp;xport öffnen...</translation>
    </message>
    <message>
        <source>Open a scan saved with &apos;cachelens scan --export&apos;, &apos;ncdu -o&apos; or &apos;gdu -o&apos;, e.g. from a server (Ctrl+Shift+O)</source>
        <translation>Einen mit „cachelens scan --export“, „ncdu -o“ oder „gdu -o“ gespeicherten Scan öffnen, z. B. von einem Server (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>&amp;Aufräumen...</translation>
    </message>
    <message>
        <source>Choose what to remove, preview exactly what goes, then move it to the Trash, archive or delete it (Ctrl+Shift+C)</source>
        <translation>Auswählen, was weg soll, genau ansehen, was entfernt wird, und es dann in den Papierkorb verschieben, archivieren oder löschen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Cleanup</source>
        <translation>Letztes Aufräumen rück&amp;gängig machen</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the Trash</source>
        <translation>Zurücklegen, was das letzte Aufräumen in den Papierkorb verschoben hat</translation>
    </message>
    <message>
        <source>&amp;Disk Usage</source>
        <translation>&amp;Datenträgerbelegung</translation>
    </message>
    <message>
        <source>Show how full each volume is and how fast it fills (%1)</source>
        <translation>Zeigen, wie voll jeder Datenträger ist und wie schnell er sich füllt (%1)</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>&amp;Treemap</translation>
    </message>
    <message>
        <source>&amp;Sunburst</source>
        <translation>&amp;Sunburst</translation>
    </message>
    <message>
        <source>Show the folders as nested rectangles (%1)</source>
        <translation>Die Ordner als verschachtelte Rechtecke zeigen (%1)</translation>
    </message>
    <message>
        <source>Show the folders as rings (%1)</source>
        <translation>Die Ordner als Ringe zeigen (%1)</translation>
    </message>
    <message>
        <source>Open Scan Export</source>
        <translation>Scan-Export öffnen</translation>
    </message>
    <message>
        <source>Scan exports (*.json *.json.gz *.gz *.zst);;All files (*)</source>
        <translation>Scan-Exporte (*.json *.json.gz *.gz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No known ML cache was found on this machine.</source>
        <translation>Auf diesem Rechner wurde kein bekannter ML-Cache gefunden.</translation>
    </message>
    <message>
        <source>Cleanup done: scanning again to show what is left</source>
        <translation>Aufräumen fertig: Es wird neu gescannt, um zu zeigen, was übrig ist</translation>
    </message>
    <message>
        <source>Cleanup done: the views show what is left</source>
        <translation>Aufräumen fertig: Die Ansichten zeigen, was übrig ist</translation>
    </message>
    <message>
        <source>Putting back what the last cleanup moved to the Trash...</source>
        <translation>Was das letzte Aufräumen in den Papierkorb verschoben hat, wird zurückgelegt...</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Look for Reclaimable Space</source>
        <translation>Nach rückgewinnbarem &amp;Platz suchen</translation>
    </message>
    <message>
        <source>Measure in the background what the cleanup wizard could free in the ML caches, as a scheduled scan does; nothing is deleted (Ctrl+Shift+R)</source>
        <translation>Im Hintergrund messen, wie viel der Aufräum-Assistent in den ML-Caches freigeben könnte, wie ein geplanter Scan; nichts wird gelöscht (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Looking for reclaimable space in the ML caches...</source>
        <translation>Rückgewinnbarer Platz in den ML-Caches wird gesucht...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>CacheLens &amp;einrichten...</translation>
    </message>
    <message>
        <source>Monitoring levels, tray, start at login, scheduled scans and views (Ctrl+,)</source>
        <translation>Überwachungsstufen, Infobereich, Start bei der Anmeldung, geplante Scans und Ansichten (Strg+,)</translation>
    </message>
    <message>
        <source>Close the window and stop monitoring (Ctrl+Q)</source>
        <translation>Das Fenster schließen und die Überwachung beenden (Strg+Q)</translation>
    </message>
    <message>
        <source>Deci&amp;mal Units (GB)</source>
        <translation>Dezi&amp;male Einheiten (GB)</translation>
    </message>
    <message>
        <source>Show sizes in powers of 1000 (kB, MB, GB, as disk vendors and some file managers do) instead of 1024 (KiB, MiB, GiB, as du -h) (%1)</source>
        <translation>Größen in Potenzen von 1000 zeigen (kB, MB, GB, wie Festplattenhersteller und manche Dateimanager) statt von 1024 (KiB, MiB, GiB, wie du -h) (%1)</translation>
    </message>
    <message>
        <source>&amp;Caches</source>
        <translation>&amp;Caches</translation>
    </message>
    <message>
        <source>List the known ML caches in this scan with their sizes (%1)</source>
        <translation>Die bekannten ML-Caches in diesem Scan mit ihren Größen auflisten (%1)</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1 is excluded from scans from now on.</source>
        <translation>%1 wird ab jetzt von Scans ausgeschlossen.</translation>
    </message>
    <message>
        <source>Looked in the ML caches: nothing to reclaim.</source>
        <translation>ML-Caches durchsucht: nichts zurückzugewinnen.</translation>
    </message>
    <message>
        <source>Looking in the ML caches failed: %1</source>
        <translation>Durchsuchen der ML-Caches fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looked in the ML caches: %1 could be reclaimed.</source>
        <translation>ML-Caches durchsucht: %1 ließen sich zurückgewinnen.</translation>
    </message>
    <message>
        <source>All of it is safe to delete (re-creatable caches and interrupted downloads). Open the cleanup wizard to see it.</source>
        <translation>Alles davon ist sicher löschbar (neu erzeugbare Caches und abgebrochene Downloads). Der Aufräum-Assistent zeigt es.</translation>
    </message>
    <message>
        <source>%1 of it is safe to delete (re-creatable caches); the rest is Hugging Face models to review. Open the cleanup wizard to see it.</source>
        <translation>%1 davon ist sicher löschbar (neu erzeugbare Caches); der Rest sind Hugging-Face-Modelle, die Sie erst prüfen sollten. Der Aufräum-Assistent zeigt es.</translation>
    </message>
    <message>
        <source>Old Hugging Face revisions and models nobody used for a while: review them in the cleanup wizard.</source>
        <translation>Alte Hugging-Face-Revisionen und Modelle, die länger niemand benutzt hat: im Aufräum-Assistenten prüfen.</translation>
    </message>
    <message>
        <source>ML caches: %1 reclaimable</source>
        <translation>ML-Caches: %1 rückgewinnbar</translation>
    </message>
    <message>
        <source>CacheLens is still running</source>
        <translation>CacheLens läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your disks from the system tray. To stop it, choose Quit in the tray icon&apos;s menu or press Ctrl+Q in the window.</source>
        <translation>Es beobachtet Ihre Datenträger im Infobereich weiter. Zum Beenden im Menü des Symbols „Beenden“ wählen oder im Fenster Strg+Q drücken.</translation>
    </message>
    <message>
        <source>Show or hide the row of buttons under the menu</source>
        <translation>Die Knopfleiste unter dem Menü ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Fill the screen with the window; the same key goes back</source>
        <translation>Das Fenster füllt den Bildschirm; dieselbe Taste kehrt zurück</translation>
    </message>
    <message>
        <source>The version, the command line&apos;s help, and the libraries CacheLens is built on</source>
        <translation>Die Version, die Hilfe der Befehlszeile und die Bibliotheken, auf denen CacheLens aufbaut</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit CacheLens is built with</source>
        <translation>Version und Lizenz des Qt-Toolkits, mit dem CacheLens gebaut ist</translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <extracomment>%1 is a count with its noun (&quot;1 file&quot;, &quot;12 files&quot;), %2 a size</extracomment>
        <translation>Scan läuft: %1, %2</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 s</source>
        <extracomment>%1 is a count with its noun (&quot;1 entry&quot;, &quot;12 entries&quot;)</extracomment>
        <translation>%1 in %2 s gescannt</translation>
    </message>
</context>
<context>
    <name>CacheLens::MethodPage</name>
    <message>
        <source>How should they go?</source>
        <translation>Wie sollen sie entfernt werden?</translation>
    </message>
    <message>
        <source>Every item is checked again just before it is touched: anything new, changed or in use by then is kept.</source>
        <translation>Jedes Element wird unmittelbar vor dem Entfernen erneut geprüft: Was bis dahin neu, geändert oder in Benutzung ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Move to the &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Archive, then delete</source>
        <translation>A&amp;rchivieren, dann löschen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Folder for the .tar.zst archive, e.g. on a bigger disk</source>
        <translation>Ordner für das .tar.zst-Archiv, z. B. auf einem größeren Datenträger</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen...</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Restorable with Undo, but frees no space until the Trash is emptied: the Trash keeps files on their own disk.</source>
        <translation>Mit „Rückgängig“ wiederherstellbar, gibt aber keinen Platz frei, bis der Papierkorb geleert wird: Der Papierkorb behält die Dateien auf ihrem eigenen Datenträger.</translation>
    </message>
    <message>
        <source>Writes everything into one compressed archive, reads it back to check it, and only then deletes what the archive verifiably holds.</source>
        <translation>Schreibt alles in ein komprimiertes Archiv, liest es zur Prüfung zurück und löscht erst dann, was das Archiv nachweislich enthält.</translation>
    </message>
    <message>
        <source>Frees the space at once. Nothing can bring the files back.</source>
        <translation>Gibt den Platz sofort frei. Nichts bringt die Dateien zurück.</translation>
    </message>
    <message>
        <source>&amp;Clean Up</source>
        <translation>&amp;Aufräumen</translation>
    </message>
    <message>
        <source>To the Trash: %1. %2 come back once you empty it.</source>
        <translation>In den Papierkorb: %1. %2 werden frei, sobald Sie ihn leeren.</translation>
    </message>
    <message>
        <source>Archived, then deleted: %1. About %2 freed here, minus the archive&apos;s size if it is on the same disk.</source>
        <translation>Archiviert, dann gelöscht: %1. Etwa %2 werden hier frei, abzüglich der Archivgröße, wenn das Archiv auf demselben Datenträger liegt.</translation>
    </message>
    <message>
        <source>Deleted for good: %1. %2 freed.</source>
        <translation>Endgültig gelöscht: %1. %2 werden frei.</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>The free space there cannot be read.</source>
        <translation>Der freie Platz dort lässt sich nicht ermitteln.</translation>
    </message>
    <message>
        <source>%1 free there.</source>
        <translation>Dort sind %1 frei.</translation>
    </message>
    <message>
        <source>%1 free there; the archive may need up to %2 (less once compressed). If it does not fit, nothing is deleted.</source>
        <translation>Dort sind %1 frei; das Archiv braucht womöglich bis zu %2 (komprimiert weniger). Passt es nicht, wird nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>CacheLens::Notifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
</context>
<context>
    <name>CacheLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>&amp;Scheduled Scans</source>
        <translation>&amp;Geplante Scans</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>A&amp;nsichten</translation>
    </message>
    <message>
        <source>Save and use these settings, keeping this window open</source>
        <translation>Diese Einstellungen speichern und verwenden; das Fenster bleibt offen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language of menus and messages; the system default follows your desktop&apos;s</source>
        <translation>Die Sprache der Menüs und Meldungen; die Systemvorgabe folgt der Ihres Desktops</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CacheLens starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CacheLens.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the free space of every volume is measured for the Disk view and alerts</source>
        <translation>Wie oft der freie Platz jedes Datenträgers für die Datenträgeransicht und die Warnungen gemessen wird</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A volume this full (as df&apos;s Use%) is shown in warning and you are notified once</source>
        <translation>Ein so voller Datenträger (wie Use% bei df) wird als Warnung gezeigt, und Sie werden einmal benachrichtigt</translation>
    </message>
    <message>
        <source>A volume this full is critical; must not be below the warning level</source>
        <translation>Ein so voller Datenträger ist kritisch; darf nicht unter der Warnstufe liegen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Warn when, at the rate it has been filling, a volume will be full within this many hours, however empty it is now; 0 turns this off</source>
        <translation>Warnen, wenn ein Datenträger bei seiner bisherigen Füllrate innerhalb so vieler Stunden voll ist, wie leer er jetzt auch sei; 0 schaltet das ab</translation>
    </message>
    <message>
        <source>0 h turns the warning by time off. The Disk view and the tray use these levels at once; &apos;cachelens monitor&apos; has its own options.</source>
        <translation>0 h schaltet die Warnung nach Zeit ab. Die Datenträgeransicht und der Infobereich nutzen diese Stufen sofort; „cachelens monitor“ hat eigene Optionen.</translation>
    </message>
    <message>
        <source>Measure the volumes &amp;every:</source>
        <translation>Datenträger messen all&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Warning when a volume is fuller than:</source>
        <translation>&amp;Warnung, wenn ein Datenträger voller ist als:</translation>
    </message>
    <message>
        <source>&amp;Critical when a volume is fuller than:</source>
        <translation>&amp;Kritisch, wenn ein Datenträger voller ist als:</translation>
    </message>
    <message>
        <source>Warn when a volume will be &amp;full within:</source>
        <translation>Warnen, wenn ein Datenträger &amp;voll sein wird in:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window hides it; monitoring and scheduled scans go on. Quit from the tray menu or with Ctrl+Q.</source>
        <translation>Schließen blendet das Fenster nur aus; Überwachung und geplante Scans laufen weiter. Beenden über das Menü im Infobereich oder mit Strg+Q.</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray)</source>
        <translation>&amp;Minimiert starten (im Infobereich)</translation>
    </message>
    <message>
        <source>Open no window at start; click the tray icon to show it</source>
        <translation>Beim Start kein Fenster öffnen; ein Klick auf das Symbol im Infobereich zeigt es</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der Anme&amp;ldung starten</translation>
    </message>
    <message>
        <source>Adds CacheLens to your desktop&apos;s autostart, started in the tray:
%1</source>
        <translation>Trägt CacheLens in den Autostart Ihres Desktops ein, gestartet im Infobereich:
%1</translation>
    </message>
    <message>
        <source>The tray options take effect only where the desktop has a system tray; without one, closing the window quits.</source>
        <translation>Die Optionen zum Infobereich wirken nur, wo der Desktop einen hat; ohne ihn beendet das Schließen des Fensters das Programm.</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>A&amp;us</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Hours between two scheduled scans</source>
        <translation>Stunden zwischen zwei geplanten Scans</translation>
    </message>
    <message>
        <source>Local time; a scan missed while the computer was off runs soon after CacheLens starts, once</source>
        <translation>Ortszeit; ein Scan, der verpasst wurde, während der Rechner aus war, läuft einmal kurz nach dem Start von CacheLens</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Measure now what could be reclaimed, whatever the schedule</source>
        <translation>Jetzt messen, was sich zurückgewinnen ließe, unabhängig vom Zeitplan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Rückgewinnbar</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>Sicher löschbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recent scans, newest first; hover a row for what each kind of item would free</source>
        <translation>Letzte Scans, neueste zuerst; über einer Zeile steht im Tooltip, was jede Art von Element freigäbe</translation>
    </message>
    <message>
        <source>A scheduled scan measures what the cleanup wizard would free in the ML caches: interrupted downloads, package and compiler caches, Hugging Face revisions no branch points to and models unused for %1 days. It notifies you when there is something, and never deletes anything. It runs while CacheLens runs, in the tray too.</source>
        <translation>Ein geplanter Scan misst, was der Aufräum-Assistent in den ML-Caches freigeben würde: abgebrochene Downloads, Paket- und Compiler-Caches, Hugging-Face-Revisionen, auf die kein Branch zeigt, und Modelle, die %1 Tage nicht benutzt wurden. Er benachrichtigt Sie, wenn es etwas gibt, und löscht nie etwas. Er läuft, solange CacheLens läuft, auch im Infobereich.</translation>
    </message>
    <message>
        <source>Recent scans:</source>
        <translation>Letzte Scans:</translation>
    </message>
    <message>
        <source>Cushions</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flach</translation>
    </message>
    <message>
        <source>Cushions shade each tile so nesting shows; flat tiles are plain colours</source>
        <translation>Kissen schattieren jede Kachel, sodass die Verschachtelung sichtbar wird; flache Kacheln sind einfarbig</translation>
    </message>
    <message>
        <source>How many folder levels the sunburst shows around its centre</source>
        <translation>Wie viele Ordnerebenen der Sunburst um seine Mitte zeigt</translation>
    </message>
    <message>
        <source>Binary: KiB, MiB, GiB (as du -h)</source>
        <translation>Binär: KiB, MiB, GiB (wie du -h)</translation>
    </message>
    <message>
        <source>Decimal: kB, MB, GB (as disk vendors)</source>
        <translation>Dezimal: kB, MB, GB (wie Festplattenhersteller)</translation>
    </message>
    <message>
        <source>Powers of 1024 or of 1000; also View &gt; Decimal Units</source>
        <translation>Potenzen von 1024 oder von 1000; auch Ansicht &gt; Dezimale Einheiten</translation>
    </message>
    <message>
        <source>Folders the window&apos;s scans skip (added with Exclude from Scans in a view&apos;s menu)</source>
        <translation>Ordner, die die Scans des Fensters überspringen (hinzugefügt mit „Von Scans ausschließen“ im Menü einer Ansicht)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Scan the selected folders again from the next scan on</source>
        <translation>Die gewählten Ordner ab dem nächsten Scan wieder scannen</translation>
    </message>
    <message>
        <source>&amp;Treemap tiles:</source>
        <translation>&amp;Treemap-Kacheln:</translation>
    </message>
    <message>
        <source>Sunburst &amp;rings:</source>
        <translation>Sunburst-&amp;Ringe:</translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>E&amp;xcluded from scans:</source>
        <translation>&amp;Von Scans ausgeschlossen:</translation>
    </message>
    <message>
        <source>The critical level (%1 %) must not be below the warning level (%2 %).</source>
        <translation>Die kritische Stufe (%1 %) darf nicht unter der Warnstufe (%2 %) liegen.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: %1</translation>
    </message>
    <message>
        <source>Next scan: %1</source>
        <translation>Nächster Scan: %1</translation>
    </message>
    <message>
        <source>Scanning the ML caches...</source>
        <translation>ML-Caches werden gescannt...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>Dauer %1 s</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Nothing to reclaim</source>
        <translation>Nichts zurückzugewinnen</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Gefunden von %1</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark windows; Follow system keeps the look your desktop gives CacheLens. Changes at once.</source>
        <translation>Helle oder dunkle Fenster; „Dem System folgen“ behält das Aussehen, das Ihr Desktop CacheLens gibt. Wirkt sofort.</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Pa&amp;use monitoring</source>
        <translation>Überwachung &amp;pausieren</translation>
    </message>
    <message>
        <source>Measure nothing and raise no alerts until this is unticked, also after a restart; the same as Pause Monitoring in the tray menu</source>
        <translation>Nichts messen und keine Warnungen auslösen, bis dies abgewählt wird, auch nach einem Neustart; dasselbe wie „Überwachung pausieren“ im Menü im Infobereich</translation>
    </message>
</context>
<context>
    <name>CacheLens::PreviewPage</name>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>In use by %1</source>
        <translation>In Benutzung durch %1</translation>
    </message>
    <message>
        <source>Exactly what would go</source>
        <translation>Genau das würde entfernt</translation>
    </message>
    <message>
        <source>Untick anything you want to keep. Items that are in use or outside the scanned folders cannot be ticked.</source>
        <translation>Entfernen Sie das Häkchen bei allem, was bleiben soll. Elemente, die in Benutzung sind oder außerhalb der gescannten Ordner liegen, lassen sich nicht auswählen.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>On Disk</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Moving to the Trash (the default) frees nothing until the Trash is emptied: choose Archive or Delete on the next page when the goal is space.</source>
        <translation>Das Verschieben in den Papierkorb (die Vorgabe) gibt nichts frei, bis der Papierkorb geleert wird: Wählen Sie auf der nächsten Seite „Archivieren“ oder „Löschen“, wenn es um Platz geht.</translation>
    </message>
    <message>
        <source>Looking for what to clean up and measuring it...</source>
        <translation>Es wird gesucht, was sich aufräumen lässt, und gemessen...</translation>
    </message>
    <message numerus="yes">
        <source>%1 apparent, %2 on disk, %n files</source>
        <translation>
            <numerusform>%1 scheinbar, %2 belegt, %n Datei</numerusform>
            <numerusform>%1 scheinbar, %2 belegt, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>(on a network file system: other machines may be using it)</source>
        <translation>(auf einem Netzwerkdateisystem: andere Rechner nutzen es womöglich)</translation>
    </message>
    <message>
        <source>Nothing was found for what you ticked.</source>
        <translation>Für Ihre Auswahl wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <source>%1 held by %2 (%3): %4</source>
        <translation>%1 belegt von %2 (%3): %4</translation>
    </message>
    <message>
        <source>For your information: %1 are taken by deleted files that running programs still have open; the space comes back when they close them.</source>
        <translation>Zur Information: %1 belegen gelöschte Dateien, die laufende Programme noch geöffnet haben; der Platz wird frei, wenn sie sie schließen.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>%1 ticked: frees %2 (%3 on disk)</source>
        <translation>%1 ausgewählt: gibt %2 frei (%3 auf dem Datenträger)</translation>
    </message>
    <message>
        <source>of %1 they take: the rest is shared with files that stay (hard links, blobs other revisions use).</source>
        <translation>von den %1, die sie belegen: Der Rest wird mit bleibenden Dateien geteilt (harte Links, Blobs anderer Revisionen).</translation>
    </message>
    <message>
        <source>&amp;Stop Searching</source>
        <translation>Suche an&amp;halten</translation>
    </message>
    <message>
        <source>Stop looking. Nothing has been removed; you can search again or go back.</source>
        <translation>Die Suche beenden. Es wurde nichts entfernt; Sie können erneut suchen oder zurückgehen.</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <source>Checking which files running programs have open...</source>
        <translation>Es wird geprüft, welche Dateien laufende Programme geöffnet haben...</translation>
    </message>
    <message>
        <source>Measuring what was found...</source>
        <translation>Das Gefundene wird gemessen...</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after looking at %Ln entries. Nothing is listed, because the list would be incomplete: search again, or go back and tick less.</source>
        <translation>
            <numerusform>Nach %Ln angesehenem Eintrag angehalten. Es wird nichts aufgeführt, weil die Liste unvollständig wäre: Suchen Sie erneut, oder gehen Sie zurück und wählen Sie weniger aus.</numerusform>
            <numerusform>Nach %Ln angesehenen Einträgen angehalten. Es wird nichts aufgeführt, weil die Liste unvollständig wäre: Suchen Sie erneut, oder gehen Sie zurück und wählen Sie weniger aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Look again for what you ticked</source>
        <translation>Noch einmal nach Ihrer Auswahl suchen</translation>
    </message>
    <message>
        <source>%1: looking...</source>
        <translation>%1: wird gesucht...</translation>
    </message>
    <message numerus="yes">
        <source>%1: looked at %Ln entries in %2...</source>
        <translation>
            <numerusform>%1: %Ln Eintrag in %2 angesehen...</numerusform>
            <numerusform>%1: %Ln Einträge in %2 angesehen...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheLens::RunPage</name>
    <message>
        <source>Cleaning up</source>
        <translation>Aufräumen läuft</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop after the current entry; what is done stays done</source>
        <translation>Nach dem aktuellen Eintrag anhalten; Erledigtes bleibt erledigt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Open &amp;Journal</source>
        <translation>&amp;Journal öffnen</translation>
    </message>
    <message>
        <source>Every action of every cleanup, one JSON line each</source>
        <translation>Jede Aktion jedes Aufräumens, je eine JSON-Zeile</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put back what this cleanup moved to the Trash</source>
        <translation>Zurücklegen, was dieses Aufräumen in den Papierkorb verschoben hat</translation>
    </message>
    <message>
        <source>Working through the plan; every item is checked again right before it is touched.</source>
        <translation>Der Plan wird abgearbeitet; jedes Element wird unmittelbar vor dem Entfernen erneut geprüft.</translation>
    </message>
    <message>
        <source>Stopping after the current entry...</source>
        <translation>Wird nach dem aktuellen Eintrag angehalten...</translation>
    </message>
    <message>
        <source>partly done: %1</source>
        <translation>teilweise erledigt: %1</translation>
    </message>
    <message>
        <source>Cleanup finished</source>
        <translation>Aufräumen abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nichts wurde entfernt</translation>
    </message>
    <message>
        <source>Stopped: the items not reached yet were left alone.</source>
        <translation>Angehalten: Die noch nicht erreichten Elemente blieben unberührt.</translation>
    </message>
    <message>
        <source>%1 moved to the Trash (%2).</source>
        <translation>%1 in den Papierkorb verschoben (%2).</translation>
    </message>
    <message>
        <source>The space comes back when the Trash is emptied; until then Undo puts everything back.</source>
        <translation>Der Platz wird frei, wenn der Papierkorb geleert wird; bis dahin legt „Rückgängig“ alles zurück.</translation>
    </message>
    <message>
        <source>%1 archived and deleted (%2).</source>
        <translation>%1 archiviert und gelöscht (%2).</translation>
    </message>
    <message>
        <source>Archive (verified): %1</source>
        <translation>Archiv (geprüft): %1</translation>
    </message>
    <message>
        <source>%1 deleted (%2).</source>
        <translation>%1 gelöscht (%2).</translation>
    </message>
    <message>
        <source>Free space on the disks involved changed by %1 (predicted: +%2; other programs writing meanwhile change the measurement).</source>
        <translation>Der freie Platz auf den beteiligten Datenträgern hat sich um %1 geändert (vorhergesagt: +%2; andere Programme, die währenddessen schreiben, verändern die Messung).</translation>
    </message>
    <message>
        <source>%1 kept, each for the reason listed:</source>
        <translation>%1 behalten, jeweils aus dem angegebenen Grund:</translation>
    </message>
    <message>
        <source>Undo: %1 put back.</source>
        <translation>Rückgängig: %1 zurückgelegt.</translation>
    </message>
    <message>
        <source>not restored: %1: %2</source>
        <translation>nicht wiederhergestellt: %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheLens::ScanPage</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Found so far</source>
        <translation>Bisher gefunden</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Scanne %1</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Startet...</translation>
    </message>
    <message>
        <source>, %1 unreadable</source>
        <translation>, %1 nicht lesbar</translation>
    </message>
    <message>
        <source>The scan was stopped: these totals are incomplete.</source>
        <translation>Der Scan wurde angehalten: Diese Summen sind unvollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries could not be read and are not counted.</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelesen werden und ist nicht mitgezählt.</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelesen werden und sind nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be scanned</source>
        <translation>Nichts konnte gescannt werden</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Sunburst</source>
        <translation>Sunburst</translation>
    </message>
    <message>
        <source>Rectangles sized by bytes, nested by folder (%1)</source>
        <translation>Rechtecke nach Bytes bemessen, nach Ordnern verschachtelt (%1)</translation>
    </message>
    <message>
        <source>Rings by folder depth, angles sized by bytes; click a folder to open it (%1)</source>
        <translation>Ringe nach Ordnertiefe, Winkel nach Bytes; Klick auf einen Ordner öffnet ihn (%1)</translation>
    </message>
    <message>
        <source>Open the cleanup wizard with this entry chosen: it previews exactly what goes</source>
        <translation>Den Aufräum-Assistenten mit diesem Eintrag öffnen: Er zeigt vorab genau, was entfernt wird</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>The known ML caches inside this scan, with size, tier and files; click one to go there (%1)</source>
        <translation>Die bekannten ML-Caches in diesem Scan mit Größe, Stufe und Dateien; ein Klick führt dorthin (%1)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Show the folder the charts showed before (%1, Backspace)</source>
        <translation>Den Ordner zeigen, den die Diagramme vorher zeigten (%1, Rücktaste)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Show the folder that holds this one (%1)</source>
        <translation>Den Ordner zeigen, der diesen enthält (%1)</translation>
    </message>
    <message>
        <source>Skip this entry in future scans and drop it from the views now</source>
        <translation>Diesen Eintrag bei künftigen Scans überspringen und sofort aus den Ansichten nehmen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Show in T&amp;ree</source>
        <translation>Im &amp;Baum zeigen</translation>
    </message>
    <message>
        <source>Open in Tree&amp;map</source>
        <translation>In der &amp;Treemap öffnen</translation>
    </message>
    <message>
        <source>Show in Tree&amp;map</source>
        <translation>In der &amp;Treemap zeigen</translation>
    </message>
    <message>
        <source>Open in Sun&amp;burst</source>
        <translation>Im &amp;Sunburst öffnen</translation>
    </message>
    <message>
        <source>Show in Sun&amp;burst</source>
        <translation>Im &amp;Sunburst zeigen</translation>
    </message>
    <message>
        <source>E&amp;xclude from Scans</source>
        <translation>Von Scans &amp;ausschließen</translation>
    </message>
    <message>
        <source>Add to C&amp;leanup...</source>
        <translation>Zum Auf&amp;räumen hinzufügen...</translation>
    </message>
    <message>
        <source>%1, %2, %3 on disk - %4 files/s, %5 s</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;)</extracomment>
        <translation>%1, %2, %3 belegt - %4 Dateien/s, %5 s</translation>
    </message>
    <message>
        <source>%1 on disk (apparent size %2) in %3.</source>
        <extracomment>%3 is a count with its noun (&quot;1 file&quot;, &quot;12 files&quot;)</extracomment>
        <translation>%1 belegt (scheinbare Größe %2) in %3.</translation>
    </message>
</context>
<context>
    <name>CacheLens::SingleInstance</name>
    <message>
        <source>%1 belongs to another user; going on without looking for a running CacheLens</source>
        <translation>%1 gehört einem anderen Benutzer; weiter, ohne nach einem laufenden CacheLens zu suchen</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>an %1 lässt sich nicht lauschen: %2</translation>
    </message>
    <message>
        <source>the running CacheLens does not answer: %1</source>
        <translation>das laufende CacheLens antwortet nicht: %1</translation>
    </message>
    <message>
        <source>the running CacheLens did not take the message: %1</source>
        <translation>das laufende CacheLens hat die Nachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the running CacheLens did not answer in time</source>
        <translation>das laufende CacheLens hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the running CacheLens refused: %1</source>
        <translation>das laufende CacheLens hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>CacheLens::SunburstView</name>
    <message numerus="yes">
        <source>(%Ln small items)</source>
        <translation>
            <numerusform>(%Ln kleines Element)</numerusform>
            <numerusform>(%Ln kleine Elemente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small items in %1
%2 (%3 % of this folder)</source>
        <translation>
            <numerusform>%Ln kleines Element in %1
%2 (%3 % dieses Ordners)</numerusform>
            <numerusform>%Ln kleine Elemente in %1
%2 (%3 % dieses Ordners)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 (%3 % of this folder)
%4 - %5
Modified %6</source>
        <translation>%1
%2 (%3 % dieses Ordners)
%4 - %5
Geändert %6</translation>
    </message>
    <message>
        <source>Click to go up</source>
        <translation>Klicken, um nach oben zu gehen</translation>
    </message>
    <message>
        <source>%1
%2 in all</source>
        <translation>%1
%2 insgesamt</translation>
    </message>
</context>
<context>
    <name>CacheLens::TrayIcon</name>
    <message>
        <source>&amp;Open CacheLens</source>
        <translation>CacheLens &amp;öffnen</translation>
    </message>
    <message>
        <source>Show the window</source>
        <translation>Das Fenster zeigen</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches Now</source>
        <translation>&amp;ML-Caches jetzt scannen</translation>
    </message>
    <message>
        <source>Scan every known ML cache on this machine and show the result</source>
        <translation>Jeden bekannten ML-Cache auf diesem Rechner scannen und das Ergebnis zeigen</translation>
    </message>
    <message>
        <source>&amp;Pause Monitoring</source>
        <translation>Überwachung &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop measuring the volumes (no alerts) until unticked</source>
        <translation>Die Datenträger nicht mehr messen (keine Warnungen), bis das Häkchen entfernt wird</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window and stop monitoring</source>
        <translation>Das Fenster schließen und die Überwachung beenden</translation>
    </message>
    <message>
        <source>Monitoring paused</source>
        <translation>Überwachung pausiert</translation>
    </message>
    <message>
        <source>Measuring the volumes...</source>
        <translation>Datenträger werden gemessen...</translation>
    </message>
    <message>
        <source>No volume could be measured</source>
        <translation>Kein Datenträger ließ sich messen</translation>
    </message>
    <message>
        <source>All volumes below their limits; the fullest: %1</source>
        <translation>Alle Datenträger unter ihren Grenzen; der vollste: %1</translation>
    </message>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
</context>
<context>
    <name>CacheLens::TreeChartView</name>
    <message>
        <source>Nothing to show here</source>
        <translation>Hier gibt es nichts zu zeigen</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>Noch kein Scan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln Ordner</numerusform>
            <numerusform>%Ln Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scanned folders</source>
        <translation>
            <numerusform>%Ln gescannter Ordner</numerusform>
            <numerusform>%Ln gescannte Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out...</source>
        <translation>Wird angeordnet...</translation>
    </message>
</context>
<context>
    <name>CacheLens::TreemapView</name>
    <message numerus="yes">
        <source>%Ln small items</source>
        <translation>
            <numerusform>%Ln kleines Element</numerusform>
            <numerusform>%Ln kleine Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small items in %1</source>
        <translation>
            <numerusform>%Ln kleines Element in %1</numerusform>
            <numerusform>%Ln kleine Elemente in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 in all</source>
        <translation>%1
%2 insgesamt</translation>
    </message>
    <message>
        <source>%1
%2 (%3 % of this view)
%4 - %5
Modified %6</source>
        <translation>%1
%2 (%3 % dieser Ansicht)
%4 - %5
Geändert %6</translation>
    </message>
</context>
<context>
    <name>CacheLens::WelcomePage</name>
    <message>
        <source>What is filling your disk?</source>
        <translation>Was füllt Ihre Festplatte?</translation>
    </message>
    <message>
        <source>CacheLens maps a folder and tells model hubs, datasets, checkpoints, logs,
package and compiler caches apart, so you can see what to keep and what to reclaim.</source>
        <translation>CacheLens kartiert einen Ordner und unterscheidet Modell-Hubs, Datensätze, Checkpoints, Protokolle,
Paket- und Compiler-Caches, damit Sie sehen, was bleiben soll und was Platz zurückgeben kann.</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Choose a folder to scan (Ctrl+O)</source>
        <translation>Einen Ordner zum Scannen wählen (Strg+O)</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches</source>
        <translation>&amp;ML-Caches scannen</translation>
    </message>
    <message>
        <source>Scan every Hugging Face, torch, pip, conda, compiler ... cache on this machine (Ctrl+M)</source>
        <translation>Jeden Hugging-Face-, torch-, pip-, conda-, Compiler-...-Cache auf diesem Rechner scannen (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>&amp;Aufräumen...</translation>
    </message>
    <message>
        <source>Reclaim space from caches, old revisions, temporary files and old checkpoints, with an exact preview first (Ctrl+Shift+C)</source>
        <translation>Platz aus Caches, alten Revisionen, temporären Dateien und alten Checkpoints zurückgewinnen, mit genauer Vorschau vorab (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>You can also drop folders or scan exports (cachelens scan --export, ncdu -o) on this window, or run &apos;cachelens scan PATH&apos; on a machine without a screen.</source>
        <translation>Sie können auch Ordner oder Scan-Exporte (cachelens scan --export, ncdu -o) auf dieses Fenster ziehen oder auf einem Rechner ohne Bildschirm „cachelens scan PATH“ ausführen.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt gescannt</translation>
    </message>
    <message>
        <source>Scan again: %1</source>
        <translation>Erneut scannen: %1</translation>
    </message>
</context>
<context>
    <name>CachesCommand</name>
    <message>
        <source>1 revision</source>
        <translation>1 Revision</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n detached</source>
        <translation>
            <numerusform>, %n losgelöst</numerusform>
            <numerusform>, %n losgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in interrupted downloads</source>
        <translation>, %1 in abgebrochenen Downloads</translation>
    </message>
    <message>
        <source>No known ML cache was found on this machine.</source>
        <translation>Auf diesem Rechner wurde kein bekannter ML-Cache gefunden.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>(left behind: the tool now uses another folder)</source>
        <translation>(zurückgelassen: das Werkzeug nutzt jetzt einen anderen Ordner)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <source>(from %1 in %2)</source>
        <translation>(aus %1 in %2)</translation>
    </message>
    <message>
        <source>%1 in 1 cache.</source>
        <translation>%1 in 1 Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n caches.</source>
        <translation>
            <numerusform>%1 in %n Cache.</numerusform>
            <numerusform>%1 in %n Caches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>Potenzen von 1000 (kB, MB, GB) statt 1024 (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>takes no PATH</source>
        <translation>nimmt keinen PATH an</translation>
    </message>
    <message>
        <source>Try &apos;cachelens caches --help&apos; for more information.</source>
        <translation>Mehr dazu mit „cachelens caches --help“.</translation>
    </message>
    <message>
        <source>Usage: cachelens caches [--json] [--si]

Lists every known ML cache on this machine (Hugging Face, torch, Keras, pip, uv,
conda, compiler caches, Ollama, ...) with its size and how safe it is to remove.
Locations follow the tools&apos; own variables (HF_HOME, TORCH_HOME, PIP_CACHE_DIR, ...),
also when they are only set in ~/.profile, ~/.bashrc, ~/.zshrc or environment.d;
a cache left at its default place after a variable moved it is listed too.
Add your own in %1 (see the README).

Options:
</source>
        <translation>Aufruf: cachelens caches [--json] [--si]

Listet jeden bekannten ML-Cache auf diesem Rechner (Hugging Face, torch, Keras, pip, uv,
conda, Compiler-Caches, Ollama, ...) mit seiner Größe und wie gefahrlos er sich entfernen lässt.
Die Orte folgen den Variablen der Werkzeuge (HF_HOME, TORCH_HOME, PIP_CACHE_DIR, ...),
auch wenn sie nur in ~/.profile, ~/.bashrc, ~/.zshrc oder environment.d gesetzt sind;
ein Cache, der an seinem Standardort zurückblieb, nachdem eine Variable ihn verlegt hat, wird ebenfalls gelistet.
Eigene Caches in %1 ergänzen (siehe README).

Optionen:
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are not counted.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und ist nicht mitgezählt.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und sind nicht mitgezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateFinder</name>
    <message>
        <source>unknown selector &apos;%1&apos;</source>
        <translation>unbekannter Selektor „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value: %1:…</source>
        <translation>„%1“ braucht einen Wert: %1:…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no value</source>
        <translation>„%1“ nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected hf-repo:TYPE/ORG/NAME[@COMMIT], TYPE one of model, dataset, space</source>
        <translation>„%1“: erwartet hf-repo:TYPE/ORG/NAME[@COMMIT], TYPE ist model, dataset oder space</translation>
    </message>
    <message>
        <source>hf-detached            Hugging Face revisions no branch or tag points to, with the blobs only they use</source>
        <translation>hf-detached            Hugging-Face-Revisionen, auf die kein Branch oder Tag zeigt, mit den Blobs nur dieser Revisionen</translation>
    </message>
    <message>
        <source>hf-unused              Hugging Face repositories not used for --older-than DAYS</source>
        <translation>hf-unused              Hugging-Face-Repositorys, seit --older-than DAYS Tagen nicht benutzt</translation>
    </message>
    <message>
        <source>hf-repo:TYPE/ID[@REV]  one Hugging Face repository (model/org/name), or one revision of it</source>
        <translation>hf-repo:TYPE/ID[@REV]  ein Hugging-Face-Repository (model/org/name) oder eine Revision davon</translation>
    </message>
    <message>
        <source>cache:ID               everything in one known cache (cache:pip, cache:uv, cache:torchinductor, ...)</source>
        <translation>cache:ID               alles in einem bekannten Cache (cache:pip, cache:uv, cache:torchinductor, ...)</translation>
    </message>
    <message>
        <source>temp                   interrupted downloads, *.tmp/*.part files, stale TorchInductor folders</source>
        <translation>temp                   abgebrochene Downloads, *.tmp/*.part-Dateien, veraltete TorchInductor-Ordner</translation>
    </message>
    <message>
        <source>checkpoints            training checkpoints under PATH except the newest --keep-last N and the best</source>
        <translation>checkpoints            Trainings-Checkpoints unter PATH außer den neuesten --keep-last N und dem besten</translation>
    </message>
    <message>
        <source>logs                   TensorBoard, W&amp;B, MLflow and Lightning logs under PATH (with --older-than)</source>
        <translation>logs                   TensorBoard-, W&amp;B-, MLflow- und Lightning-Protokolle unter PATH (mit --older-than)</translation>
    </message>
    <message>
        <source>path:PATH              one file or folder inside a PATH or known cache</source>
        <translation>path:PATH              eine Datei oder ein Ordner in einem PATH oder bekannten Cache</translation>
    </message>
    <message>
        <source>trash                  what CacheLens moved to the Trash: empty it for good</source>
        <translation>trash                  was CacheLens in den Papierkorb verschoben hat: endgültig leeren</translation>
    </message>
    <message>
        <source>hf-unused needs --older-than DAYS</source>
        <translation>hf-unused braucht --older-than DAYS</translation>
    </message>
    <message>
        <source>no Hugging Face hub cache was found (set HF_HOME or HF_HUB_CACHE, or give its PATH)</source>
        <translation>kein Hugging-Face-Hub-Cache gefunden (HF_HOME oder HF_HUB_CACHE setzen oder seinen PATH angeben)</translation>
    </message>
    <message>
        <source>%1, last used %2: re-downloaded from the Hub on next use</source>
        <translation>%1, zuletzt benutzt %2: wird bei der nächsten Verwendung erneut vom Hub geladen</translation>
    </message>
    <message>
        <source>%1, every revision: re-downloaded from the Hub on next use</source>
        <translation>%1, alle Revisionen: wird bei der nächsten Verwendung erneut vom Hub geladen</translation>
    </message>
    <message>
        <source>%1 has no revision %2</source>
        <translation>%1 hat keine Revision %2</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>Revision %1 von %2</translation>
    </message>
    <message>
        <source>ref %1 of %2, which points to the revision removed</source>
        <translation>Ref %1 von %2, die auf die entfernte Revision zeigt</translation>
    </message>
    <message>
        <source>detached revision %1 of %2: no branch or tag points to it</source>
        <translation>losgelöste Revision %1 von %2: kein Branch oder Tag zeigt darauf</translation>
    </message>
    <message>
        <source>a file only the removed revisions use</source>
        <translation>eine Datei, die nur die entfernten Revisionen nutzen</translation>
    </message>
    <message>
        <source>no repository %1 in the Hugging Face caches searched</source>
        <translation>kein Repository %1 in den durchsuchten Hugging-Face-Caches</translation>
    </message>
    <message>
        <source>unknown cache &apos;%1&apos;; known caches: %2</source>
        <translation>unbekannter Cache „%1“; bekannte Caches: %2</translation>
    </message>
    <message>
        <source>in the %1 cache (%2)</source>
        <translation>im Cache von %1 (%2)</translation>
    </message>
    <message>
        <source>in a %1 cache the tool no longer uses (left behind at its default place)</source>
        <translation>in einem Cache von %1, den das Werkzeug nicht mehr nutzt (am Standardort zurückgelassen)</translation>
    </message>
    <message>
        <source>no %1 cache was found</source>
        <translation>kein Cache von %1 gefunden</translation>
    </message>
    <message>
        <source>temporary files</source>
        <translation>temporäre Dateien</translation>
    </message>
    <message>
        <source>an interrupted download or temporary file</source>
        <translation>ein abgebrochener Download oder eine temporäre Datei</translation>
    </message>
    <message>
        <source>a TorchInductor cache not used for a week or more</source>
        <translation>ein TorchInductor-Cache, seit einer Woche oder länger unbenutzt</translation>
    </message>
    <message>
        <source>checkpoints are looked for only under the PATHs you give</source>
        <translation>Checkpoints werden nur unter den angegebenen PATHs gesucht</translation>
    </message>
    <message numerus="yes">
        <source>an older checkpoint of %1 (the newest %n and the best are kept)</source>
        <translation>
            <numerusform>ein älterer Checkpoint (der neueste und der beste bleiben) aus %1</numerusform>
            <numerusform>ein älterer Checkpoint (die neuesten %n und der beste bleiben) aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>training logs are looked for only under the PATHs you give</source>
        <translation>Trainingsprotokolle werden nur unter den angegebenen PATHs gesucht</translation>
    </message>
    <message>
        <source>training logs</source>
        <translation>Trainingsprotokolle</translation>
    </message>
    <message numerus="yes">
        <source>%n log folders hold checkpoints and were left out (use the checkpoints selector)</source>
        <translation>
            <numerusform>%n Protokollordner enthält Checkpoints und wurde ausgelassen (dafür den Selektor checkpoints verwenden)</numerusform>
            <numerusform>%n Protokollordner enthalten Checkpoints und wurden ausgelassen (dafür den Selektor checkpoints verwenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>moved to the Trash on %1 from %2</source>
        <translation>am %1 aus %2 in den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Package cache</source>
        <translation>Paket-Cache</translation>
    </message>
    <message>
        <source>Compile cache</source>
        <translation>Compiler-Cache</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>Sicher löschbar</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>What to look for (see below); repeatable</source>
        <translation>Wonach gesucht wird (siehe unten); wiederholbar</translation>
    </message>
    <message>
        <source>Only what has not changed (HF repos: been used) for DAYS days</source>
        <translation>Nur, was sich seit DAYS Tagen nicht geändert hat (HF-Repositorys: nicht benutzt wurde)</translation>
    </message>
    <message>
        <source>checkpoints: keep the newest N of each run (default 2)</source>
        <translation>checkpoints: die neuesten N jedes Laufs behalten (Vorgabe 2)</translation>
    </message>
    <message>
        <source>trash (default), archive or delete</source>
        <translation>trash (Vorgabe), archive oder delete</translation>
    </message>
    <message>
        <source>Where --method archive writes its .tar.zst</source>
        <translation>Wohin --method archive sein .tar.zst schreibt</translation>
    </message>
    <message>
        <source>Only print the plan (also the default without --yes)</source>
        <translation>Nur den Plan ausgeben (auch die Vorgabe ohne --yes)</translation>
    </message>
    <message>
        <source>Carry out the plan</source>
        <translation>Den Plan ausführen</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the Trash</source>
        <translation>Zurücklegen, was das letzte Aufräumen in den Papierkorb verschoben hat</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>Potenzen von 1000 (kB, MB, GB) statt 1024 (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>Usage: cachelens clean --select SEL [--select SEL]... [OPTIONS] [PATH...]
       cachelens clean --undo

Finds what the selectors ask for, in the PATHs (default: every known ML cache), and
prints the exact plan: each item, its size, why it is proposed, and what the plan
frees (a hard-linked file only when all its links go; a Hugging Face blob only when
no remaining revision uses it). Nothing is touched without --yes. Just before each
item is removed it is checked again: anything new or changed since the plan, or in
use by a process, is kept. Symlinks are never followed, and nothing outside the
PATHs and known caches, nor a protected folder, is ever removed.

Selectors:
</source>
        <translation>Aufruf: cachelens clean --select SEL [--select SEL]... [OPTIONS] [PATH...]
        cachelens clean --undo

Sucht, was die Selektoren verlangen, in den PATHs (Vorgabe: jeder bekannte ML-Cache), und
gibt den genauen Plan aus: jedes Element, seine Größe, warum es vorgeschlagen wird und was der Plan
freigibt (eine hart verlinkte Datei erst, wenn alle ihre Links gehen; ein Hugging-Face-Blob erst, wenn
keine verbleibende Revision ihn nutzt). Ohne --yes wird nichts angerührt. Unmittelbar bevor ein
Element entfernt wird, wird es erneut geprüft: Was seit dem Plan neu oder geändert ist oder von
einem Prozess benutzt wird, bleibt. Symbolischen Links wird nie gefolgt, und nichts außerhalb der
PATHs und bekannten Caches und kein geschützter Ordner wird je entfernt.

Selektoren:
</translation>
    </message>
    <message>
        <source>Methods: trash moves items to the Trash (restorable with --undo, but frees nothing until
the Trash is emptied: --select trash --method delete empties what CacheLens put there);
archive writes a tar.zst to --archive-dir, reads it back, then deletes what it holds;
delete removes for good. Every action is journaled in %1.

Exit codes: 0 all done (or a preview), 1 some items skipped, 2 usage, 3 nothing done.

Options:
</source>
        <translation>Methoden: trash verschiebt Elemente in den Papierkorb (mit --undo wiederherstellbar, gibt aber nichts frei, bis
der Papierkorb geleert wird: --select trash --method delete leert, was CacheLens dort abgelegt hat);
archive schreibt ein tar.zst nach --archive-dir, liest es zurück und löscht dann, was es enthält;
delete entfernt endgültig. Jede Aktion wird in %1 protokolliert.

Exit-Codes: 0 alles erledigt (oder eine Vorschau), 1 einige Elemente übersprungen, 2 Aufruf, 3 nichts erledigt.

Optionen:
</translation>
    </message>
    <message>
        <source>Try &apos;cachelens clean --help&apos; for more information.</source>
        <translation>Mehr dazu mit „cachelens clean --help“.</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>archived and deleted</source>
        <translation>archiviert und gelöscht</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to move these items to the Trash.</source>
        <translation>Dies ist eine Vorschau. Mit --yes erneut ausführen, um diese Elemente in den Papierkorb zu verschieben.</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to archive these items, then delete them.</source>
        <translation>Dies ist eine Vorschau. Mit --yes erneut ausführen, um diese Elemente zu archivieren und dann zu löschen.</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to delete these items for good.</source>
        <translation>Dies ist eine Vorschau. Mit --yes erneut ausführen, um diese Elemente endgültig zu löschen.</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>in Benutzung durch %1</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>freed once the Trash is emptied: the Trash keeps files on their own volume</source>
        <translation>frei, sobald der Papierkorb geleert ist: Der Papierkorb behält die Dateien auf ihrem eigenen Datenträger</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>on a network file system: other machines may be using these files</source>
        <translation>auf einem Netzwerkdateisystem: andere Rechner nutzen diese Dateien womöglich</translation>
    </message>
    <message>
        <source>%1 are held by deleted files that running processes still have open (freed when they close them):</source>
        <translation>%1 belegen gelöschte Dateien, die laufende Prozesse noch geöffnet haben (frei, wenn sie sie schließen):</translation>
    </message>
    <message>
        <source>nothing to undo: no cleanup moved anything to the Trash that is still there</source>
        <translation>nichts rückgängig zu machen: Keine Aufräumaktion hat etwas in den Papierkorb verschoben, das noch dort ist</translation>
    </message>
    <message>
        <source>Restored %1 from the Trash.</source>
        <translation>%1 aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>not restored: %1: %2</source>
        <translation>nicht wiederhergestellt: %1: %2</translation>
    </message>
    <message>
        <source>--undo takes no selector or PATH</source>
        <translation>--undo nimmt keinen Selektor und keinen PATH an</translation>
    </message>
    <message>
        <source>say what to clean with --select (for example --select temp)</source>
        <translation>mit --select angeben, was aufgeräumt werden soll (zum Beispiel --select temp)</translation>
    </message>
    <message>
        <source>--older-than needs a number of days</source>
        <translation>--older-than braucht eine Anzahl Tage</translation>
    </message>
    <message>
        <source>--keep-last needs a number</source>
        <translation>--keep-last braucht eine Zahl</translation>
    </message>
    <message>
        <source>--method is trash, archive or delete</source>
        <translation>--method ist trash, archive oder delete</translation>
    </message>
    <message>
        <source>the trash selector empties the Trash: use it with --method delete</source>
        <translation>der Selektor trash leert den Papierkorb: mit --method delete verwenden</translation>
    </message>
    <message>
        <source>--method archive needs --archive-dir DIR</source>
        <translation>--method archive braucht --archive-dir DIR</translation>
    </message>
    <message>
        <source>%1: not a folder; skipped</source>
        <translation>%1: kein Ordner; übersprungen</translation>
    </message>
    <message>
        <source>none of the PATHs is a folder; nothing was done</source>
        <translation>keiner der PATHs ist ein Ordner; nichts wurde getan</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing to clean: the selectors found nothing.</source>
        <translation>Nichts aufzuräumen: Die Selektoren haben nichts gefunden.</translation>
    </message>
    <message>
        <source>%1, %2 on disk; removing them frees %3</source>
        <translation>%1, %2 belegt; sie zu entfernen gibt %3 frei</translation>
    </message>
    <message>
        <source>(the rest is shared: hard links elsewhere, or blobs other revisions use)</source>
        <translation>(der Rest wird geteilt: harte Links anderswo oder Blobs anderer Revisionen)</translation>
    </message>
    <message>
        <source>Moving to the Trash frees nothing until the Trash is emptied; use --method delete or archive when the goal is space.</source>
        <translation>Das Verschieben in den Papierkorb gibt nichts frei, bis er geleert wird; für Platz --method delete oder archive verwenden.</translation>
    </message>
    <message>
        <source>Nothing to clean.</source>
        <translation>Nichts aufzuräumen.</translation>
    </message>
    <message>
        <source>Cleaning %1/%2: %3</source>
        <translation>Räume auf %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>partly done: %1: %2</source>
        <translation>teilweise erledigt: %1: %2</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>Archive (verified): %1</source>
        <translation>Archiv (geprüft): %1</translation>
    </message>
    <message>
        <source>Undo with &apos;cachelens clean --undo&apos;. The space comes back when the Trash is emptied (&apos;cachelens clean --select trash --method delete --yes&apos;).</source>
        <translation>Rückgängig mit „cachelens clean --undo“. Der Platz wird frei, wenn der Papierkorb geleert wird („cachelens clean --select trash --method delete --yes“).</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
</context>
<context>
    <name>CleanupExecutor</name>
    <message>
        <source>in use by %1</source>
        <translation>in Benutzung durch %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more kept)</source>
        <translation>
            <numerusform>%1 (und %n weiteres behalten)</numerusform>
            <numerusform>%1 (und %n weitere behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>another file system is mounted here; not entered</source>
        <translation>hier ist ein anderes Dateisystem eingehängt; nicht betreten</translation>
    </message>
    <message>
        <source>new since the scan</source>
        <translation>neu seit dem Scan</translation>
    </message>
    <message>
        <source>changed since the scan</source>
        <translation>seit dem Scan geändert</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>nicht im Archiv</translation>
    </message>
    <message>
        <source>replaced while it was being removed</source>
        <translation>während des Entfernens ersetzt</translation>
    </message>
    <message>
        <source>not a file, folder or link; not archived</source>
        <translation>weder Datei noch Ordner noch Link; nicht archiviert</translation>
    </message>
    <message>
        <source>no folder was given for the archive; nothing was deleted</source>
        <translation>kein Ordner für das Archiv angegeben; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>the archive folder %1 cannot be used (%2); nothing was deleted</source>
        <translation>der Archivordner %1 ist nicht verwendbar (%2); nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>the archive folder is inside %1, which is to be deleted; nothing was deleted</source>
        <translation>der Archivordner liegt in %1, das gelöscht werden soll; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>not enough room in %1 for the archive: %2 free, up to %3 needed; nothing was deleted</source>
        <translation>nicht genug Platz in %1 für das Archiv: %2 frei, bis zu %3 nötig; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>cannot create the archive %1: %2; nothing was deleted</source>
        <translation>das Archiv %1 lässt sich nicht erstellen: %2; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>writing the archive failed: %1; nothing was deleted</source>
        <translation>das Schreiben des Archivs ist fehlgeschlagen: %1; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>cancelled while archiving; nothing was deleted</source>
        <translation>beim Archivieren abgebrochen; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>the archive could not be verified (%1); it was removed and nothing was deleted</source>
        <translation>das Archiv ließ sich nicht prüfen (%1); es wurde entfernt und nichts gelöscht</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CleanupGuard</name>
    <message>
        <source>not an absolute, normalised path</source>
        <translation>kein absoluter, normalisierter Pfad</translation>
    </message>
    <message>
        <source>outside the scanned folders and known caches</source>
        <translation>außerhalb der gescannten Ordner und bekannten Caches</translation>
    </message>
    <message>
        <source>a protected folder (the file system root, home folders and system folders are never removed)</source>
        <translation>ein geschützter Ordner (Wurzel des Dateisystems, Home-Ordner und Systemordner werden nie entfernt)</translation>
    </message>
    <message>
        <source>inside a system folder</source>
        <translation>in einem Systemordner</translation>
    </message>
    <message>
        <source>reached through a symbolic link below the scanned folder; not followed</source>
        <translation>über einen symbolischen Link unterhalb des gescannten Ordners erreicht; nicht gefolgt</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>das Journal %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a journal record; skipped</source>
        <translation>%1:%2: kein Journal-Eintrag; übersprungen</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>a mount point: removing it would empty another file system</source>
        <translation>ein Einhängepunkt: Ihn zu entfernen würde ein anderes Dateisystem leeren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries could not be read; they will be kept</source>
        <translation>
            <numerusform>%1: %n Eintrag konnte nicht gelesen werden; er bleibt erhalten</numerusform>
            <numerusform>%1: %n Einträge konnten nicht gelesen werden; sie bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>whether files are in use cannot be checked on this system</source>
        <translation>ob Dateien in Benutzung sind, lässt sich auf diesem System nicht prüfen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit</source>
        <translation>Diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>Scan folders: totals, ML categories, largest folders and files</source>
        <translation>Ordner scannen: Summen, ML-Kategorien, größte Ordner und Dateien</translation>
    </message>
    <message>
        <source>List the ML caches on this machine and their sizes</source>
        <translation>Die ML-Caches auf diesem Rechner und ihre Größen auflisten</translation>
    </message>
    <message>
        <source>Preview, then reclaim space from caches, checkpoints and logs</source>
        <translation>Vorschau, dann Platz aus Caches, Checkpoints und Protokollen zurückgewinnen</translation>
    </message>
    <message>
        <source>Watch disk usage and warn before a volume is full</source>
        <translation>Die Datenträgerbelegung beobachten und warnen, bevor ein Datenträger voll ist</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>Log verbosity: %1 (default: $CACHELENS_LOG, else info)</source>
        <translation>Ausführlichkeit des Protokolls: %1 (Vorgabe: $CACHELENS_LOG, sonst info)</translation>
    </message>
    <message>
        <source>Try &apos;cachelens --help&apos; for more information.</source>
        <translation>Mehr dazu mit „cachelens --help“.</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>Run &apos;cachelens COMMAND --help&apos; for the options of a command.
Exit codes: 0 done, 1 done in part, 2 usage error, 3 nothing could be done.
Log file: %1
</source>
        <translation>„cachelens COMMAND --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 erledigt, 1 teilweise erledigt, 2 Aufruffehler, 3 nichts ließ sich tun.
Protokolldatei: %1
</translation>
    </message>
    <message>
        <source>ignoring CACHELENS_LOG=&apos;%1&apos;: expected one of %2</source>
        <translation>CACHELENS_LOG=&apos;%1&apos; wird ignoriert: erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>invalid log level &apos;%1&apos;: expected one of %2</source>
        <translation>ungültige Protokollstufe „%1“: erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a command (%2) nor an existing path</source>
        <translation>„%1“ ist weder ein Befehl (%2) noch ein vorhandener Pfad</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Start in the system tray without a window (minimised where there is no tray)</source>
        <translation>Ohne Fenster im Infobereich starten (minimiert, wo es keinen Infobereich gibt)</translation>
    </message>
    <message>
        <source>Usage: cachelens [OPTIONS] [PATH...]
       cachelens COMMAND [OPTIONS] [ARGS...]

CacheLens shows what is filling your disk - model hubs, dataset caches, checkpoints,
logs, package and compiler caches - helps you reclaim space safely, and warns you
before a volume is full.

Without a command it opens the window and scans each PATH given. While CacheLens
runs, starting it again hands the PATHs to the running window.

Commands (they need no display):
</source>
        <translation>Aufruf: cachelens [OPTIONS] [PATH...]
        cachelens COMMAND [OPTIONS] [ARGS...]

CacheLens zeigt, was Ihre Festplatte füllt - Modell-Hubs, Datensatz-Caches, Checkpoints,
Protokolle, Paket- und Compiler-Caches -, hilft, Platz sicher zurückzugewinnen, und warnt,
bevor ein Datenträger voll ist.

Ohne Befehl öffnet es das Fenster und scannt jeden angegebenen PATH. Läuft CacheLens
schon, übergibt ein erneuter Start die PATHs an das laufende Fenster.

Befehle (sie brauchen keine Anzeige):
</translation>
    </message>
    <message>
        <source>Scanning: %1, %2, %3</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;), %3 a size</extracomment>
        <translation>Scan läuft: %1, %2, %3</translation>
    </message>
    <message>
        <source>Looking for %1...</source>
        <extracomment>%1 is what is looked for, as given to --select (&quot;temp&quot;, &quot;cache:pip&quot;)</extracomment>
        <translation>Suche nach %1...</translation>
    </message>
    <message>
        <source>Searching %1: %2...</source>
        <extracomment>%1 is a folder, %2 a count with its noun (&quot;127,674 entries&quot;)</extracomment>
        <translation>Durchsuche %1: %2...</translation>
    </message>
    <message>
        <source>Checking which files running programs have open...</source>
        <translation>Es wird geprüft, welche Dateien laufende Programme geöffnet haben...</translation>
    </message>
    <message>
        <source>Measuring what was found...</source>
        <translation>Das Gefundene wird gemessen...</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 files</source>
        <extracomment>%1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 Datei</numerusform>
            <numerusform>%1 Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%1 folders</source>
        <extracomment>%1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 Ordner</numerusform>
            <numerusform>%1 Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <extracomment>Files and folders together. %1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 Eintrag</numerusform>
            <numerusform>%1 Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <source>removed by a cleanup</source>
        <translation>durch ein Aufräumen entfernt</translation>
    </message>
</context>
<context>
    <name>HfCacheIndex</name>
    <message>
        <source>%1: not a repository folder; left out</source>
        <translation>%1: kein Repository-Ordner; ausgelassen</translation>
    </message>
    <message>
        <source>%1: has no snapshots folder; left out</source>
        <translation>%1: hat keinen Ordner snapshots; ausgelassen</translation>
    </message>
    <message>
        <source>%1: points to a missing file; the repository is left out</source>
        <translation>%1: zeigt auf eine fehlende Datei; das Repository wird ausgelassen</translation>
    </message>
    <message>
        <source>%1: ref %2 points to a missing snapshot %3; the repository is left out</source>
        <translation>%1: Ref %2 zeigt auf einen fehlenden Snapshot %3; das Repository wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cachelens: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
Use a command instead, e.g. &apos;cachelens scan PATH&apos; (see &apos;cachelens --help&apos;), or run the window under xvfb-run.
</source>
        <translation>cachelens: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann sich das Fenster nicht öffnen.
Verwenden Sie stattdessen einen Befehl, z. B. „cachelens scan PATH“ (siehe „cachelens --help“), oder starten Sie das Fenster unter xvfb-run.
</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>--prometheus needs a file name</source>
        <translation>--prometheus braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--history needs a file name</source>
        <translation>--history braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 will eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>--warning (%1) must be below --critical (%2)</source>
        <translation>--warning (%1) muss unter --critical (%2) liegen</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>~%1 d</translation>
    </message>
    <message>
        <source>No volume found.</source>
        <translation>Kein Datenträger gefunden.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Avail</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Use%</source>
        <translation>Belegt%</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>Voll in</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>the usage history cannot be kept (%1); monitoring goes on without it</source>
        <translation>der Nutzungsverlauf kann nicht geführt werden (%1); die Überwachung läuft ohne ihn weiter</translation>
    </message>
    <message>
        <source>cannot add to the usage history: %1</source>
        <translation>kann nicht zum Nutzungsverlauf hinzufügen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 is critical: %2% used</source>
        <translation>%1 ist kritisch: %2 % belegt</translation>
    </message>
    <message>
        <source>%1 needs attention: %2% used</source>
        <translation>%1 braucht Aufmerksamkeit: %2 % belegt</translation>
    </message>
    <message>
        <source>, full in %1</source>
        <translation>, voll in %1</translation>
    </message>
    <message>
        <source>Take one sample and exit</source>
        <translation>Eine Messung machen und beenden</translation>
    </message>
    <message>
        <source>Seconds between samples (default: 60)</source>
        <translation>Sekunden zwischen zwei Messungen (Vorgabe: 60)</translation>
    </message>
    <message>
        <source>One JSON document per line and sample (JSON Lines)</source>
        <translation>Ein JSON-Dokument pro Zeile und Messung (JSON Lines)</translation>
    </message>
    <message>
        <source>Also write the node_exporter textfile FILE (replaced atomically)</source>
        <translation>Außerdem die node_exporter-Textdatei FILE schreiben (atomar ersetzt)</translation>
    </message>
    <message>
        <source>Seconds between scans of the ML caches for --prometheus (default: 3600; 0: once)</source>
        <translation>Sekunden zwischen Scans der ML-Caches für --prometheus (Vorgabe: 3600; 0: einmal)</translation>
    </message>
    <message>
        <source>The usage history database (default: %1)</source>
        <translation>Die Datenbank des Nutzungsverlaufs (Vorgabe: %1)</translation>
    </message>
    <message>
        <source>Use% from which a volume is in warning (default: 85)</source>
        <translation>Belegung in %, ab der ein Datenträger in Warnung ist (Vorgabe: 85)</translation>
    </message>
    <message>
        <source>Use% from which a volume is critical (default: 95)</source>
        <translation>Belegung in %, ab der ein Datenträger kritisch ist (Vorgabe: 95)</translation>
    </message>
    <message>
        <source>Warn when a volume will be full within HOURS (default: 24; 0: off)</source>
        <translation>Warnen, wenn ein Datenträger innerhalb von HOURS Stunden voll ist (Vorgabe: 24; 0: aus)</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>Potenzen von 1000 (kB, MB, GB) statt 1024 (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>takes no PATH: it watches every volume</source>
        <translation>nimmt keinen PATH an: beobachtet jeden Datenträger</translation>
    </message>
    <message>
        <source>Try &apos;cachelens monitor --help&apos; for more information.</source>
        <translation>Mehr dazu mit „cachelens monitor --help“.</translation>
    </message>
    <message>
        <source>Usage: cachelens monitor [--once] [--interval S] [--json] [--prometheus FILE]
                         [--cache-interval S] [--history FILE] [--si]

Shows how full each volume is - counted as df counts it - how fast it grows and
when it will be full, every S seconds until interrupted (Ctrl+C, SIGTERM), or
once. Pseudo file systems are left out, bind mounts shown once; tmpfs is shown at
/tmp, /dev/shm and /run/user/UID. A volume that does not answer within 2 s (a dead
network mount) is reported as such and does not hold up the others.

Samples go into the usage history the window shares, so growth and &apos;full in&apos; show
once it holds 3 samples over 10 minutes of the last 6 hours. A volume is in
warning from 85% used or when full within 24 h, critical from 95%; it leaves a
state 2 points below its threshold. Each change for the worse is reported once on
stderr.

--json prints one line per sample: {&quot;version&quot;:1,&quot;time&quot;,&quot;volumes&quot;:[{&quot;mount&quot;,
&quot;device&quot;,&quot;fs_type&quot;,&quot;total_bytes&quot;,&quot;used_bytes&quot;,&quot;available_bytes&quot;,&quot;used_ratio&quot;,
&quot;state&quot;,&quot;eta_full_seconds&quot;}]}. --prometheus writes cachelens_volume_* gauges and
cachelens_cache_bytes for each known ML cache, for node_exporter&apos;s textfile
collector.

Options:
</source>
        <translation>Aufruf: cachelens monitor [--once] [--interval S] [--json] [--prometheus FILE]
                          [--cache-interval S] [--history FILE] [--si]

Zeigt, wie voll jeder Datenträger ist - gezählt wie df zählt -, wie schnell er wächst und
wann er voll sein wird, alle S Sekunden bis zur Unterbrechung (Strg+C, SIGTERM) oder
einmal. Pseudo-Dateisysteme werden ausgelassen, Bind-Mounts einmal gezeigt; tmpfs nur unter
/tmp, /dev/shm und /run/user/UID. Ein Datenträger, der nicht binnen 2 s antwortet (ein toter
Netzwerk-Mount), wird als solcher gemeldet und hält die anderen nicht auf.

Messungen gehen in den Nutzungsverlauf, den das Fenster mitnutzt, daher erscheinen Zuwachs und „voll in“,
sobald er 3 Messungen über 10 Minuten der letzten 6 Stunden enthält. Ein Datenträger ist in
Warnung ab 85 % Belegung oder wenn er binnen 24 h voll ist, kritisch ab 95 %; er verlässt einen
Zustand 2 Punkte unter dessen Schwelle. Jede Verschlechterung wird einmal auf
stderr gemeldet.

--json gibt eine Zeile pro Messung aus: {&quot;version&quot;:1,&quot;time&quot;,&quot;volumes&quot;:[{&quot;mount&quot;,
&quot;device&quot;,&quot;fs_type&quot;,&quot;total_bytes&quot;,&quot;used_bytes&quot;,&quot;available_bytes&quot;,&quot;used_ratio&quot;,
&quot;state&quot;,&quot;eta_full_seconds&quot;}]}. --prometheus schreibt cachelens_volume_*-Gauges und
cachelens_cache_bytes für jeden bekannten ML-Cache, für den Textfile-Collector
von node_exporter.

Optionen:
</translation>
    </message>
</context>
<context>
    <name>Ncdu</name>
    <message>
        <source>there is no scanned folder to export</source>
        <translation>es gibt keinen gescannten Ordner zum Exportieren</translation>
    </message>
    <message>
        <source>the export does not start with [major, minor, metadata, directory]</source>
        <translation>der Export beginnt nicht mit [major, minor, metadata, directory]</translation>
    </message>
    <message>
        <source>a directory must start with its own information</source>
        <translation>ein Verzeichnis muss mit seinen eigenen Angaben beginnen</translation>
    </message>
    <message>
        <source>an empty directory entry</source>
        <translation>ein leerer Verzeichniseintrag</translation>
    </message>
    <message>
        <source>not an ncdu export</source>
        <translation>kein ncdu-Export</translation>
    </message>
    <message>
        <source>unexpected value in the top-level array</source>
        <translation>unerwarteter Wert im Array der obersten Ebene</translation>
    </message>
    <message>
        <source>unsupported format version %1 (only 1 is known)</source>
        <translation>nicht unterstützte Formatversion %1 (nur 1 ist bekannt)</translation>
    </message>
    <message>
        <source>the export uses a newer minor version (%1); unknown fields are ignored</source>
        <translation>der Export nutzt eine neuere Nebenversion (%1); unbekannte Felder werden ignoriert</translation>
    </message>
    <message>
        <source>unexpected number in the top-level array</source>
        <translation>unerwartete Zahl im Array der obersten Ebene</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>ein Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>more than one top-level directory</source>
        <translation>mehr als ein Verzeichnis auf oberster Ebene</translation>
    </message>
    <message>
        <source>the file is empty or cannot be read (%1)</source>
        <translation>die Datei ist leer oder nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>not a valid ncdu export (at byte %1): %2</source>
        <translation>kein gültiger ncdu-Export (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>the export holds no directory</source>
        <translation>der Export enthält kein Verzeichnis</translation>
    </message>
    <message>
        <source>stopped before anything was read</source>
        <translation>angehalten, bevor etwas gelesen wurde</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTree</name>
    <message>
        <source>“%1” is a mount point; it is not removed.</source>
        <translation>„%1“ ist ein Einhängepunkt; er wird nicht entfernt.</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a name inside a folder.</source>
        <translation>„%1“ ist kein Name in einem Ordner.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>built-in rules</source>
        <translation>eingebaute Regeln</translation>
    </message>
    <message>
        <source>the built-in rules are missing from this build</source>
        <translation>die eingebauten Regeln fehlen in diesem Build</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4; none of its rules are used</source>
        <translation>%1:%2:%3: %4; keine seiner Regeln wird verwendet</translation>
    </message>
    <message>
        <source>%1: not a CacheLens rule file (expected {&quot;version&quot;: 1, &quot;rules&quot;: [...]}); none of its rules are used</source>
        <translation>%1: keine CacheLens-Regeldatei (erwartet {&quot;version&quot;: 1, &quot;rules&quot;: [...]}); keine ihrer Regeln wird verwendet</translation>
    </message>
    <message>
        <source>%1: rule %2 (%3)</source>
        <translation>%1: Regel %2 (%3)</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; and a &quot;name&quot;</source>
        <translation>braucht eine &quot;id&quot; und einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;contains&quot; only applies to &quot;type&quot;: &quot;dir&quot;</source>
        <translation>&quot;contains&quot; gilt nur für &quot;type&quot;: &quot;dir&quot;</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be dir, file or any</source>
        <translation>&quot;type&quot; muss dir, file oder any sein</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be fallback or override</source>
        <translation>&quot;mode&quot; muss fallback oder override sein</translation>
    </message>
    <message>
        <source>unknown tier &apos;%1&apos;</source>
        <translation>unbekannte Stufe „%1“</translation>
    </message>
    <message>
        <source>%1: cache %2 (%3)</source>
        <translation>%1: Cache %2 (%3)</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; and a known category and tier</source>
        <translation>braucht eine &quot;id&quot; und eine bekannte Kategorie und Stufe</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Print one JSON document (see the README for the schema)</source>
        <translation>Ein JSON-Dokument ausgeben (Schema siehe README)</translation>
    </message>
    <message>
        <source>Print one CSV row per folder down to --depth</source>
        <translation>Eine CSV-Zeile pro Ordner bis --depth ausgeben</translation>
    </message>
    <message>
        <source>How many of the largest folders and files to list (default 10)</source>
        <translation>Wie viele der größten Ordner und Dateien aufgelistet werden (Vorgabe 10)</translation>
    </message>
    <message>
        <source>How deep --csv lists folders (default 3; roots are 0)</source>
        <translation>Wie tief --csv Ordner auflistet (Vorgabe 3; Wurzeln sind 0)</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>Potenzen von 1000 (kB, MB, GB) statt 1024 (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source>Enter other file systems mounted below a root</source>
        <translation>Andere Dateisysteme betreten, die unterhalb einer Wurzel eingehängt sind</translation>
    </message>
    <message>
        <source>Skip entries whose name (or, with &apos;/&apos;, path) matches; repeatable</source>
        <translation>Einträge überspringen, deren Name (oder mit „/“ Pfad) passt; wiederholbar</translation>
    </message>
    <message>
        <source>Walker threads (default: one per processor)</source>
        <translation>Durchlauf-Threads (Vorgabe: einer pro Prozessor)</translation>
    </message>
    <message>
        <source>Also write the tree as an ncdu JSON export (&apos;-&apos; for stdout); one PATH</source>
        <translation>Den Baum außerdem als ncdu-JSON-Export schreiben („-“ für stdout); ein PATH</translation>
    </message>
    <message>
        <source>Compress the --export file with gzip</source>
        <translation>Die --export-Datei mit gzip komprimieren</translation>
    </message>
    <message>
        <source>Report on an ncdu/gdu/CacheLens export instead of scanning</source>
        <translation>Über einen ncdu-/gdu-/CacheLens-Export berichten, statt zu scannen</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>Usage: cachelens scan [OPTIONS] PATH...
       cachelens scan [OPTIONS] --import FILE

Scans each PATH and prints its size (as du counts it: hard links once, symlinks not
followed, one file system per root), the size of each ML category, and the largest
folders and files.

Options:
</source>
        <translation>Aufruf: cachelens scan [OPTIONS] PATH...
        cachelens scan [OPTIONS] --import FILE

Scannt jeden PATH und gibt seine Größe aus (wie du zählt: harte Links einmal, symbolischen Links wird nicht
gefolgt, ein Dateisystem pro Wurzel), die Größe jeder ML-Kategorie und die größten
Ordner und Dateien.

Optionen:
</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“</translation>
    </message>
    <message>
        <source>; inside an earlier root, counted there</source>
        <translation>; liegt in einer früheren Wurzel, dort gezählt</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Nach Kategorie:</translation>
    </message>
    <message>
        <source>Largest folders:</source>
        <translation>Größte Ordner:</translation>
    </message>
    <message>
        <source>Largest files:</source>
        <translation>Größte Dateien:</translation>
    </message>
    <message>
        <source> (stopped early: the totals are incomplete)</source>
        <translation> (vorzeitig angehalten: die Summen sind unvollständig)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>... and %1 more unreadable entries (all are listed by --json)</source>
        <translation>... und %1 weitere nicht lesbare Einträge (--json listet alle)</translation>
    </message>
    <message>
        <source>Try &apos;cachelens scan --help&apos; for more information.</source>
        <translation>Mehr dazu mit „cachelens scan --help“.</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>entweder --json oder --csv wählen</translation>
    </message>
    <message>
        <source>give either PATHs or --import, not both</source>
        <translation>entweder PATHs oder --import angeben, nicht beides</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>kein PATH angegeben</translation>
    </message>
    <message>
        <source>--export writes one folder: give one PATH</source>
        <translation>--export schreibt einen Ordner: einen PATH angeben</translation>
    </message>
    <message>
        <source>--gzip only applies to --export</source>
        <translation>--gzip gilt nur für --export</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1, %2, apparent size %3</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;)</extracomment>
        <translation>%1, %2, scheinbare Größe %3</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <extracomment>%1 is a count with its noun (&quot;1 entry&quot;, &quot;12 entries&quot;)</extracomment>
        <translation>%1 in %2 s</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
</context>
<context>
    <name>StorageProbe</name>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>still not answering (since an earlier sample)</source>
        <translation>antwortet immer noch nicht (seit einer früheren Messung)</translation>
    </message>
    <message>
        <source>did not answer within %1 s</source>
        <translation>hat nicht binnen %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>TierBadge</name>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Could not create the trash folder %1: %2</source>
        <translation>Der Papierkorb-Ordner %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not read the trash folder %1: %2</source>
        <translation>Der Papierkorb-Ordner %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be used as a trash.</source>
        <translation>%1 ist kein Ordner und kann daher nicht als Papierkorb dienen.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it is not used as a trash.</source>
        <translation>%1 gehört einem anderen Benutzer und wird daher nicht als Papierkorb verwendet.</translation>
    </message>
    <message>
        <source>%1 and %2 are not an item and its information file in one trash; nothing was changed.</source>
        <translation>%1 und %2 sind nicht ein Element und seine Informationsdatei in einem Papierkorb; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is no longer in the trash (%2: %3).</source>
        <translation>%1 ist nicht mehr im Papierkorb (%2: %3).</translation>
    </message>
    <message>
        <source>The trash information file %1 is damaged; nothing was changed.</source>
        <translation>Die Papierkorb-Informationsdatei %1 ist beschädigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The trash entry %1 now belongs to %2, not to %3; nothing was changed.</source>
        <translation>Der Papierkorb-Eintrag %1 gehört jetzt zu %2, nicht zu %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not read the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The path %1 does not lead to the folder being cleaned; nothing was moved.</source>
        <translation>Der Pfad %1 führt nicht zu dem Ordner, der aufgeräumt wird; nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash: %2</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>the path does not end in the name “%1”.</source>
        <translation>der Pfad endet nicht auf den Namen „%1“.</translation>
    </message>
    <message>
        <source>it is a mount point.</source>
        <translation>er ist ein Einhängepunkt.</translation>
    </message>
    <message>
        <source>it is not below the volume&apos;s top folder %1.</source>
        <translation>er liegt nicht unterhalb des obersten Ordners %1 des Datenträgers.</translation>
    </message>
    <message>
        <source>the trash %1 cannot be opened (%2).</source>
        <translation>der Papierkorb %1 lässt sich nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>the trash %1 is on another volume.</source>
        <translation>der Papierkorb %1 liegt auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>the information file cannot be created (%1).</source>
        <translation>die Informationsdatei lässt sich nicht anlegen (%1).</translation>
    </message>
    <message>
        <source>the information file cannot be written (%1).</source>
        <translation>die Informationsdatei lässt sich nicht schreiben (%1).</translation>
    </message>
    <message>
        <source>the trash %1 is inside it.</source>
        <translation>der Papierkorb %1 liegt darin.</translation>
    </message>
    <message>
        <source>no free name is left in the trash.</source>
        <translation>im Papierkorb ist kein freier Name mehr übrig.</translation>
    </message>
    <message>
        <source>The folder %1 that held %2 is gone (%3); it was left in the trash.</source>
        <translation>Der Ordner %1, der %2 enthielt, ist weg (%3); es blieb im Papierkorb.</translation>
    </message>
    <message>
        <source>Something already exists at %1; the trashed item was left in the trash.</source>
        <translation>Unter %1 existiert bereits etwas; das Element blieb im Papierkorb.</translation>
    </message>
    <message>
        <source>%1 is missing from the trash (%2).</source>
        <translation>%1 fehlt im Papierkorb (%2).</translation>
    </message>
    <message>
        <source>%1 is now on another volume than the trash; the item was left in the trash.</source>
        <translation>%1 liegt jetzt auf einem anderen Datenträger als der Papierkorb; das Element blieb im Papierkorb.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not open the trash folder %1: %2</source>
        <translation>Der Papierkorb-Ordner %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not delete %1 from the trash: %2</source>
        <translation>%1 konnte nicht aus dem Papierkorb gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1 but could not remove its information file %2: %3</source>
        <translation>%1 wurde gelöscht, aber seine Informationsdatei %2 ließ sich nicht entfernen: %3</translation>
    </message>
</context>
<context>
    <name>TreeWalk</name>
    <message>
        <source>the folder was replaced while it was being read</source>
        <translation>der Ordner wurde ersetzt, während er gelesen wurde</translation>
    </message>
    <message>
        <source>a folder was moved while it was being read; stopped there</source>
        <translation>ein Ordner wurde verschoben, während er gelesen wurde; dort angehalten</translation>
    </message>
</context>
<context>
    <name>UsageHistory</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing</source>
        <translation>der Qt-SQLite-Treiber fehlt</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>cannot set up %1</source>
        <translation>%1 lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot prune %1</source>
        <translation>%1 lässt sich nicht ausdünnen</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — %2 used</source>
        <translation>%1 — %2 belegt</translation>
    </message>
    <message>
        <source>%1, full in ~%2</source>
        <translation>%1, voll in ~%2</translation>
    </message>
    <message>
        <source>Disk almost full</source>
        <translation>Datenträger fast voll</translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation>Datenträger füllt sich</translation>
    </message>
    <message>
        <source>%1 is %2 full — full in about %3</source>
        <translation>%1 ist zu %2 voll — voll in etwa %3</translation>
    </message>
    <message>
        <source>%1 is %2 full</source>
        <translation>%1 ist zu %2 voll</translation>
    </message>
</context>
</TS>
