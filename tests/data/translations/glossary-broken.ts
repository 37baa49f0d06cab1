<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<!-- Renderings the Hebrew glossary (docs/languages.md) forbids: scripts/check-glossary must refuse each. -->
<context>
    <name>fathom::Sample</name>
    <message>
        <source>%1 jobs failed</source>
        <translation>%1 עבודות נכשלו</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>זמן קצוב להתחברות</translation>
    </message>
    <message>
        <source>12 of 15 tests failed</source>
        <translation>12 מתוך 15 בדיקות נכשלו</translation>
    </message>
</context>
</TS>
