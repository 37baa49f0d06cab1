<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>קיצור דרך</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>כונן</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>שימוש: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no secret is stored under &quot;%1&quot; in the keychain</source>
        <translation>אין סוד שמור תחת &quot;%1&quot; במחזיק המפתחות</translation>
    </message>
    <message>
        <source>access to the keychain was denied: %1</source>
        <translation>הגישה למחזיק המפתחות נדחתה: %1</translation>
    </message>
    <message>
        <source>no keychain is available (install and unlock a Secret Service such as gnome-keyring): %1</source>
        <translation>אין מחזיק מפתחות זמין (התקינו ופתחו שירות Secret Service כגון gnome-keyring): %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1 (Fathom keeps secrets only in a Secret Service keychain such as gnome-keyring; is one running and unlocked in this session?)</source>
        <translation>מחזיק המפתחות נכשל: %1 (Fathom שומר סודות רק במחזיק מפתחות של Secret Service כגון gnome-keyring; האם יש אחד פועל ופתוח בהפעלה זו?)</translation>
    </message>
    <message>
        <source>no secret is stored under &quot;%1&quot;</source>
        <translation>אין סוד שמור תחת &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the keychain is no longer reachable (Fathom is closing)</source>
        <translation>מחזיק המפתחות אינו נגיש עוד (Fathom נסגר)</translation>
    </message>
</context>
<context>
    <name>fathom</name>
    <message>
        <source>Runs capacity discovery against the built-in job-server simulator.</source>
        <translation>מריץ גילוי קיבולת מול סימולטור שרת הג&apos;ובים המובנה.</translation>
    </message>
    <message>
        <source>run the demo</source>
        <translation>הרצת ההדגמה</translation>
    </message>
    <message>
        <source>the simulator&apos;s capacity (default 37)</source>
        <translation>קיבולת הסימולטור (ברירת מחדל 37)</translation>
    </message>
    <message>
        <source>write the full result as JSON to FILE (- for stdout)</source>
        <translation>כתיבת התוצאה המלאה כ־JSON אל FILE (‏- לפלט התקני)</translation>
    </message>
    <message>
        <source>fathom --demo: --capacity must be a whole number from 1 to 5000</source>
        <translation>fathom --demo: ‏--capacity חייב להיות מספר שלם בין 1 ל־5000</translation>
    </message>
    <message>
        <source>fathom --demo: the built-in simulator did not start: %1</source>
        <translation>fathom --demo: הסימולטור המובנה לא עלה: %1</translation>
    </message>
    <message>
        <source>Built-in simulator at %1 with a capacity of %2 concurrent jobs; each job takes 300 ms.</source>
        <translation>סימולטור מובנה ב־%1 עם קיבולת של %2 ג&apos;ובים מקבילים; כל ג&apos;וב נמשך 300 ms.</translation>
    </message>
    <message>
        <source>%1 of %2 tests failed (%3%): %4 failures, %5 errors; %6 passed, %7 skipped.</source>
        <translation>%1 מתוך %2 טסטים נכשלו (%3%): %4 כשלים, %5 שגיאות; %6 עברו, %7 דולגו.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>תיקון: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>Imports a failed test run (JUnit XML), sorts every failure into a root cause with its evidence, and writes the analysis as JSON or as a report.</source>
        <translation>מייבא הרצת טסטים שנכשלה (JUnit XML), ממיין כל כשל לגורם שורש עם הראיות שלו, וכותב את הניתוח כ־JSON או כדוח.</translation>
    </message>
    <message>
        <source>JUnit XML files, or folders of them</source>
        <translation>קובצי JUnit XML, או תיקיות שלהם</translation>
    </message>
    <message>
        <source>the target&apos;s profile: its pool, timeouts and auth join the evidence</source>
        <translation>פרופיל היעד: המאגר, הזמנים הקצובים וההזדהות שלו מצטרפים לראיות</translation>
    </message>
    <message>
        <source>classification rules: Fathom&apos;s rules JSON or an Allure categories.json</source>
        <translation>כללי סיווג: קובץ הכללים של Fathom ב־JSON או categories.json של Allure</translation>
    </message>
    <message>
        <source>a run from the history (discovery or probe) to join; may repeat</source>
        <translation>הרצה מההיסטוריה (גילוי או בדיקה) לצרף; אפשר לחזור</translation>
    </message>
    <message>
        <source>write the analysis as JSON (- for stdout)</source>
        <translation>כתיבת הניתוח כ־JSON (‏- לפלט התקני)</translation>
    </message>
    <message>
        <source>write the rules as Allure&apos;s categories.json</source>
        <translation>כתיבת הכללים כ־categories.json של Allure</translation>
    </message>
    <message>
        <source>fathom diagnose: %1</source>
        <translation>fathom diagnose: %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: לא ניתן לכתוב: %2</translation>
    </message>
    <message>
        <source>give the JUnit XML files to diagnose</source>
        <translation>ציינו את קובצי ה־JUnit XML לאבחון</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id; &quot;fathom runs list&quot; shows them</source>
        <translation>&quot;%1&quot; אינו מזהה הרצה; &quot;fathom runs list&quot; מציג אותם</translation>
    </message>
    <message>
        <source>there is no run %1; &quot;fathom runs list&quot; shows them</source>
        <translation>אין הרצה %1; &quot;fathom runs list&quot; מציג אותן</translation>
    </message>
    <message>
        <source>no .xml files in %1</source>
        <translation>אין קובצי ‎.xml ב־%1</translation>
    </message>
    <message>
        <source>importing: %1 of %2 MB</source>
        <translation>מייבא: %1 מתוך %2 MB</translation>
    </message>
    <message numerus="yes">
        <source>writing %1 (%n failure(s))…</source>
        <translation>
            <numerusform>כותב את %1 (כשל %n)…</numerusform>
            <numerusform>כותב את %1 (%n כשלים)…</numerusform>
        </translation>
    </message>
    <message>
        <source>report written: %1</source>
        <translation>הדוח נכתב: %1</translation>
    </message>
    <message>
        <source>warning: this run is not recorded in the history: %1</source>
        <translation>אזהרה: הרצה זו אינה נרשמת בהיסטוריה: %1</translation>
    </message>
    <message>
        <source>Discovering the capacity of %1 (%2, levels %3 to %4, %5 attempts per level)</source>
        <translation>מגלה את הקיבולת של %1 (%2, רמות %3 עד %4, %5 ניסיונות לכל רמה)</translation>
    </message>
    <message>
        <source>level %1, attempt %2: running %1 jobs...</source>
        <translation>רמה %1, ניסיון %2: מריץ %1 ג&apos;ובים...</translation>
    </message>
    <message>
        <source>paused: %1; checking again shortly</source>
        <translation>מושהה: %1; בודק שוב בקרוב</translation>
    </message>
    <message>
        <source>the target is healthy again: resuming</source>
        <translation>היעד תקין שוב: ממשיך</translation>
    </message>
    <message>
        <source>fathom discover: %1</source>
        <translation>fathom discover: %1</translation>
    </message>
    <message>
        <source>Prediction (Universal Scalability Law, R² %1): throughput peaks near %2 concurrent jobs.</source>
        <translation>חיזוי (חוק הסקלביליות האוניברסלי, R²‏ %1): התפוקה מגיעה לשיא סביב %2 ג&apos;ובים מקבילים.</translation>
    </message>
    <message>
        <source>Prediction (Universal Scalability Law, R² %1): no throughput peak in sight; it scaled without measurable contention up to the capacity.</source>
        <translation>חיזוי (חוק הסקלביליות האוניברסלי, R²‏ %1): אין שיא תפוקה באופק; המערכת גדלה ללא תחרות מדידה עד הקיבולת.</translation>
    </message>
    <message>
        <source>Recorded as run %1 (&quot;fathom runs show %1&quot;).</source>
        <translation>נרשם כהרצה %1 (&quot;fathom runs show %1&quot;).</translation>
    </message>
    <message>
        <source>Finds the highest number of concurrent jobs at which every job succeeds.</source>
        <translation>מוצא את המספר הגבוה ביותר של ג&apos;ובים מקבילים שבו כל ג&apos;וב מצליח.</translation>
    </message>
    <message>
        <source>bisect (default) or linear</source>
        <translation>bisect (ברירת מחדל) או linear</translation>
    </message>
    <message>
        <source>first level (default 1)</source>
        <translation>רמה ראשונה (ברירת מחדל 1)</translation>
    </message>
    <message>
        <source>highest level to try (default 1000)</source>
        <translation>הרמה הגבוהה ביותר לנסות (ברירת מחדל 1000)</translation>
    </message>
    <message>
        <source>consecutive failed attempts that fail a level (default 3)</source>
        <translation>ניסיונות כושלים רצופים שמכשילים רמה (ברירת מחדל 3)</translation>
    </message>
    <message>
        <source>pause between attempts (default 1000)</source>
        <translation>הפסקה בין ניסיונות (ברירת מחדל 1000)</translation>
    </message>
    <message>
        <source>stop after this many seconds (default: none)</source>
        <translation>עצירה אחרי מספר שניות זה (ברירת מחדל: ללא)</translation>
    </message>
    <message>
        <source>fathom discover: --strategy must be bisect or linear, not &quot;%1&quot;</source>
        <translation>fathom discover: ‏--strategy חייב להיות bisect או linear, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fathom discover: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>fathom discover: ‏--%1 חייב להיות מספר שלם בין %2 ל־%3, לא &quot;%4&quot;</translation>
    </message>
    <message>
        <source>fathom discover: --start (%1) is above --max-level (%2)</source>
        <translation>fathom discover: ‏--start (%1) גבוה מ־--max-level (%2)</translation>
    </message>
    <message>
        <source>Runs one probe against a target: health, readiness, auth, job, pool or timeout.</source>
        <translation>מריץ בדיקה אחת מול יעד: health,‏ readiness,‏ auth,‏ job,‏ pool או timeout.</translation>
    </message>
    <message>
        <source>health (default), readiness, auth, job, pool or timeout</source>
        <translation>health (ברירת מחדל), readiness,‏ auth,‏ job,‏ pool או timeout</translation>
    </message>
    <message>
        <source>pool probe: concurrent requests (default 200)</source>
        <translation>בדיקת מאגר: בקשות מקבילות (ברירת מחדל 200)</translation>
    </message>
    <message>
        <source>pool probe: the small pool size (default 10)</source>
        <translation>בדיקת מאגר: גודל המאגר הקטן (ברירת מחדל 10)</translation>
    </message>
    <message>
        <source>write the result as JSON to FILE (- for stdout)</source>
        <translation>כתיבת התוצאה כ־JSON אל FILE (‏- לפלט התקני)</translation>
    </message>
    <message>
        <source>fathom probe: %1</source>
        <translation>fathom probe: %1</translation>
    </message>
    <message>
        <source>fathom probe: --kind must be health, readiness, auth, job, pool or timeout, not &quot;%1&quot;</source>
        <translation>fathom probe: ‏--kind חייב להיות health,‏ readiness,‏ auth,‏ job,‏ pool או timeout, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fathom probe: --requests must be 1 to 10000 and --pool at least 1</source>
        <translation>fathom probe: ‏--requests חייב להיות 1 עד 10000 ו־--pool לפחות 1</translation>
    </message>
    <message>
        <source>probing %1 (%2)...</source>
        <translation>בודק את %1 (%2)...</translation>
    </message>
    <message>
        <source>warning: this probe is not recorded in the history: %1</source>
        <translation>אזהרה: בדיקה זו אינה נרשמת בהיסטוריה: %1</translation>
    </message>
    <message>
        <source>fathom runs: &quot;%1&quot; is not a run id; &quot;fathom runs list&quot; shows them</source>
        <translation>fathom runs: &quot;%1&quot; אינו מזהה הרצה; &quot;fathom runs list&quot; מציג אותם</translation>
    </message>
    <message>
        <source>The run history: list, show, compare and delete recorded runs.</source>
        <translation>היסטוריית ההרצות: רשימה, הצגה, השוואה ומחיקה של הרצות שנרשמו.</translation>
    </message>
    <message>
        <source>list | show ID | compare ID ID | delete ID</source>
        <translation>list | show ID | compare ID ID | delete ID</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>הדפסת JSON במקום טקסט</translation>
    </message>
    <message>
        <source>fathom runs: %1</source>
        <translation>fathom runs: %1</translation>
    </message>
    <message>
        <source>fathom runs: use list, show ID, compare ID ID or delete ID</source>
        <translation>fathom runs: השתמשו ב־list,‏ show ID,‏ compare ID ID או delete ID</translation>
    </message>
    <message>
        <source>No runs recorded yet (%1).</source>
        <translation>עוד לא נרשמו הרצות (%1).</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>הרצה %1 נמחקה.</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3, %4, started %5</source>
        <translation>הרצה %1: %2 של %3, %4, התחילה %5</translation>
    </message>
    <message>
        <source>Run %1 against run %2: %3</source>
        <translation>הרצה %1 מול הרצה %2: %3</translation>
    </message>
    <message>
        <source>(! = the level failed)</source>
        <translation>(! = הרמה נכשלה)</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>סוד (לא מוצג): </translation>
    </message>
    <message>
        <source>Stores or deletes a secret in the keychain (service &quot;Fathom&quot;).</source>
        <translation>שומר או מוחק סוד במחזיק המפתחות (שירות &quot;Fathom&quot;).</translation>
    </message>
    <message>
        <source>set KEY (secret read from standard input) | delete KEY</source>
        <translation>set KEY (הסוד נקרא מהקלט התקני) | delete KEY</translation>
    </message>
    <message>
        <source>fathom secret: %1</source>
        <translation>fathom secret: %1</translation>
    </message>
    <message>
        <source>fathom secret: use &quot;set KEY&quot; or &quot;delete KEY&quot;</source>
        <translation>fathom secret: השתמשו ב־&quot;set KEY&quot; או &quot;delete KEY&quot;</translation>
    </message>
    <message>
        <source>fathom secret: the secret is empty; nothing stored</source>
        <translation>fathom secret: הסוד ריק; לא נשמר דבר</translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain.</source>
        <translation>&quot;%1&quot; נשמר במחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from the keychain.</source>
        <translation>&quot;%1&quot; נמחק ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>At least one of the runs found no capacity; compare their steps.</source>
        <translation>לפחות אחת מההרצות לא מצאה קיבולת; השוו את הצעדים שלהן.</translation>
    </message>
    <message>
        <source>Capacity went up from %1 to %2 (+%3).</source>
        <translation>הקיבולת עלתה מ־%1 ל־%2 (‎+%3).</translation>
    </message>
    <message>
        <source>Capacity went down from %1 to %2 (%3).</source>
        <translation>הקיבולת ירדה מ־%1 ל־%2 (%3).</translation>
    </message>
    <message>
        <source>Capacity is unchanged at %1.</source>
        <translation>הקיבולת לא השתנתה: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an unknown field {%2}; it may use %3</source>
        <translation>&quot;%1&quot; מזכיר שדה לא מוכר {%2}; מותר להשתמש ב־%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>&quot;client.breaker.mode&quot; must be &quot;consecutive&quot; or &quot;failure_rate&quot;, not &quot;%1&quot;</source>
        <translation>&quot;client.breaker.mode&quot; חייב להיות &quot;consecutive&quot; או &quot;failure_rate&quot;, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;client.breaker.failure_outcomes&quot; must be an array of outcome ids</source>
        <translation>&quot;client.breaker.failure_outcomes&quot; חייב להיות מערך של מזהי תוצאות</translation>
    </message>
    <message>
        <source>&quot;client.breaker.failure_outcomes&quot;: unknown outcome &quot;%1&quot;</source>
        <translation>&quot;client.breaker.failure_outcomes&quot;: תוצאה לא מוכרת &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Writes a Locust file that runs the target&apos;s job against a level ramp, to run on a Locust cluster when one machine cannot make enough load. Its --csv results come back with fathom import-locust.</source>
        <translation>כותב קובץ Locust שמריץ את הג&apos;וב של היעד מול סולם רמות, להרצה על אשכול Locust כשמחשב אחד אינו יכול לייצר מספיק עומס. תוצאות ה־‎--csv שלו חוזרות עם fathom import-locust.</translation>
    </message>
    <message>
        <source>the levels, e.g. 1,2,4,8 or 10-100/10 (default: 1, 2, 4, … up to --max-level)</source>
        <translation>הרמות, למשל 1,2,4,8 או 10-100/10 (ברירת מחדל: 1, 2, 4, … עד ‎--max-level)</translation>
    </message>
    <message>
        <source>the highest level of the default ramp (default 256)</source>
        <translation>הרמה הגבוהה ביותר של סולם ברירת המחדל (ברירת מחדל 256)</translation>
    </message>
    <message>
        <source>how long each level is held (default 30)</source>
        <translation>כמה זמן מוחזקת כל רמה (ברירת מחדל 30)</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>כתיבה אל FILE במקום לפלט התקני</translation>
    </message>
    <message>
        <source>fathom export-locust: %1</source>
        <translation>fathom export-locust: %1</translation>
    </message>
    <message>
        <source>fathom export-locust: --step-seconds must be a number of seconds from 1 to 86400</source>
        <translation>fathom export-locust: ‏--step-seconds חייב להיות מספר שניות בין 1 ל־86400</translation>
    </message>
    <message>
        <source>fathom export-locust: --max-level must be a number from 1 to 1000000</source>
        <translation>fathom export-locust: ‏--max-level חייב להיות מספר בין 1 ל־1000000</translation>
    </message>
    <message>
        <source>Reads a Locust run&apos;s --csv results (PREFIX_stats_history.csv, PREFIX_failures.csv) into the run history: one step per level, the capacity, the failures sorted by the diagnosis rules.</source>
        <translation>קורא את תוצאות ה־‎--csv של הרצת Locust ‏(PREFIX_stats_history.csv,‏ PREFIX_failures.csv) אל היסטוריית ההרצות: צעד אחד לכל רמה, הקיבולת, והכשלים ממוינים לפי כללי האבחון.</translation>
    </message>
    <message>
        <source>the prefix given to locust --csv</source>
        <translation>הקידומת שניתנה ל־locust --csv</translation>
    </message>
    <message>
        <source>the base URL the run was against (Locust&apos;s --host)</source>
        <translation>כתובת הבסיס שמולה רצה ההרצה (‏‎--host של Locust)</translation>
    </message>
    <message>
        <source>a name for the run (default: the prefix&apos;s file name)</source>
        <translation>שם להרצה (ברירת מחדל: שם הקובץ של הקידומת)</translation>
    </message>
    <message>
        <source>also write the result as JSON to FILE (- for stdout)</source>
        <translation>כתיבת התוצאה גם כ־JSON אל FILE (‏- לפלט התקני)</translation>
    </message>
    <message>
        <source>fathom import-locust: %1</source>
        <translation>fathom import-locust: %1</translation>
    </message>
    <message>
        <source>fathom import-locust: give one PREFIX, as passed to locust --csv</source>
        <translation>fathom import-locust: ציינו PREFIX אחד, כפי שניתן ל־locust --csv</translation>
    </message>
    <message>
        <source>warning: the CSV has no per-request rows (locust --csv-full-history): its percentiles cover the whole run so far, so the latency per level is an upper envelope</source>
        <translation>אזהרה: ב־CSV אין שורות לכל בקשה (locust --csv-full-history): האחוזונים שלו מכסים את כל ההרצה עד אותו רגע, ולכן זמן התגובה לכל רמה היא חסם עליון בלבד</translation>
    </message>
    <message>
        <source>  %1 × %2 %3: %4 (%5)</source>
        <translation>  %1 × %2 %3: %4 (%5)</translation>
    </message>
    <message>
        <source>fathom import-locust: the run history cannot be opened: %1</source>
        <translation>fathom import-locust: לא ניתן לפתוח את היסטוריית ההרצות: %1</translation>
    </message>
    <message>
        <source>fathom import-locust: not recorded: %1</source>
        <translation>fathom import-locust: לא נרשם: %1</translation>
    </message>
    <message>
        <source>Recorded as run %1 (fathom runs show %1).</source>
        <translation>נרשם כהרצה %1 ‏(fathom runs show %1).</translation>
    </message>
    <message>
        <source>&quot;client.transport&quot; must be &quot;curl&quot; or &quot;qt&quot;, not &quot;%1&quot;</source>
        <translation>&quot;client.transport&quot; חייב להיות &quot;curl&quot; או &quot;qt&quot;, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Prediction (Universal Scalability Law, R² %1): an extrapolation beyond the levels measured puts a throughput peak near %2 concurrent jobs; nothing measured shows it.</source>
        <translation>חיזוי (חוק הסקלביליות האוניברסלי, R²‏ %1): אקסטרפולציה מעבר לרמות שנמדדו שמה שיא תפוקה סביב %2 ג&apos;ובים מקבילים; שום מדידה לא מראה אותו.</translation>
    </message>
    <message>
        <source>SLO: the p99 latency a level may have, in ms (also &quot;slo&quot; in profiles); the result adds the highest level meeting it</source>
        <translation>SLO: ה־p99 של זמן התגובה שמותר לרמה, ב־ms (גם &quot;slo&quot; בפרופילים); התוצאה מוסיפה את הרמה הגבוהה ביותר שעומדת בו</translation>
    </message>
    <message>
        <source>SLO: the share of failed jobs a level may have, 0 to 1 (default 0 when --slo-p99-ms is set)</source>
        <translation>SLO: שיעור הג&apos;ובים שמותר להם להיכשל ברמה, 0 עד 1 (ברירת מחדל 0 כש־‎--slo-p99-ms מוגדר)</translation>
    </message>
    <message>
        <source>fathom discover: --%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>fathom discover: ‏--%1 חייב להיות מספר בין %2 ל־%3, לא &quot;%4&quot;</translation>
    </message>
    <message>
        <source>jobs sent one at a time before the first level, the baseline that saturation is measured against (default 10; 0 leaves saturation unknown)</source>
        <translation>ג&apos;ובים שנשלחים אחד בכל פעם לפני הרמה הראשונה, קו הבסיס שמולו נמדדת הרוויה (ברירת מחדל 10; 0 משאיר את הרוויה לא ידועה)</translation>
    </message>
    <message>
        <source>a job counts as served at once while it is no slower than the slowest warm-up job plus this share of the warm-up&apos;s median (default 0.5)</source>
        <translation>ג&apos;וב נחשב כמטופל מיד כל עוד הוא לא איטי מג&apos;וב החימום האיטי ביותר ועוד החלק הזה מהחציון של החימום (ברירת מחדל 0.5)</translation>
    </message>
    <message>
        <source>...or plus this many ms, whichever is more (default 10)</source>
        <translation>...או ועוד מספר ה־ms הזה, הגדול מביניהם (ברירת מחדל 10)</translation>
    </message>
    <message>
        <source>no warm-up jobs were measured, so there is nothing to compare the levels with</source>
        <translation>לא נמדדו ג&apos;ובי חימום, כך שאין למה להשוות את הרמות</translation>
    </message>
    <message numerus="yes">
        <source>only %n warm-up job(s) succeeded, too few to know how long a job takes</source>
        <translation>
            <numerusform>רק ג&apos;וב חימום אחד הצליח, מעט מדי כדי לדעת כמה זמן לוקח ג&apos;וב</numerusform>
            <numerusform>רק %n ג&apos;ובי חימום הצליחו, מעט מדי כדי לדעת כמה זמן לוקח ג&apos;וב</numerusform>
        </translation>
    </message>
    <message>
        <source>the levels recorded no job latencies, so saturation cannot be judged</source>
        <translation>ברמות לא נרשמו זמני תגובה של ג&apos;ובים, כך שאי אפשר לשפוט את הרוויה</translation>
    </message>
    <message>
        <source>every level that passed, up to %1, was served in parallel: saturation lies above it</source>
        <translation>כל רמה שעברה, עד %1, טופלה במקביל: הרוויה נמצאת מעליה</translation>
    </message>
    <message>
        <source>no level passed, so there is nothing to compare the levels with</source>
        <translation>אף רמה לא עברה, כך שאין למה להשוות את הרמות</translation>
    </message>
    <message>
        <source>at level %1, %2 of %3 jobs took longer than the slowest of %4 warm-up jobs, but no other level confirmed that they waited</source>
        <translation>ברמה %1, ‏%2 מתוך %3 ג&apos;ובים לקחו יותר זמן מהאיטי מבין %4 ג&apos;ובי החימום, אבל אף רמה אחרת לא אישרה שהם המתינו</translation>
    </message>
    <message>
        <source>level %1, the lowest tried, was not served in parallel</source>
        <translation>רמה %1, הנמוכה ביותר שנוסתה, לא טופלה במקביל</translation>
    </message>
    <message>
        <source>warm-up: job %1 of %2, one at a time (the baseline for saturation)...</source>
        <translation>חימום: ג&apos;וב %1 מתוך %2, אחד בכל פעם (קו הבסיס לרוויה)...</translation>
    </message>
    <message>
        <source>rate limit (HTTP 429): %1 jobs paced at %2 a second...</source>
        <translation>מגבלת קצב (HTTP 429): %1 ג&apos;ובים בקצב של %2 בשנייה...</translation>
    </message>
    <message>
        <source>  paced at %1 a second: %2 of %3 jobs served, %4 got 429</source>
        <translation>  בקצב של %1 בשנייה: %2 מתוך %3 ג&apos;ובים טופלו, %4 קיבלו 429</translation>
    </message>
    <message>
        <source>%1: cleaning up the jobs already created, then stopping (send it again, or Ctrl-C, to quit at once)</source>
        <translation>%1: מנקה את הג&apos;ובים שכבר נוצרו, ואז עוצר (שלחו אותו שוב, או Ctrl-C, כדי לצאת מיד)</translation>
    </message>
    <message>
        <source>What to do, in order:</source>
        <translation>מה לעשות, לפי הסדר:</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>כי: %1</translation>
    </message>
    <message>
        <source>fathom probe: unexpected argument &quot;%1&quot;: the kind of probe is an option, --kind %1</source>
        <translation>fathom probe: ארגומנט לא צפוי &quot;%1&quot;: סוג הבדיקה הוא אפשרות, ‎--kind %1</translation>
    </message>
    <message>
        <source>fathom probe: unexpected argument &quot;%1&quot; (see fathom probe --help)</source>
        <translation>fathom probe: ארגומנט לא צפוי &quot;%1&quot; (ראו fathom probe --help)</translation>
    </message>
    <message>
        <source>fathom diagnose: %1: left out of the categories file</source>
        <translation>fathom diagnose: %1: הושמט מקובץ הקטגוריות</translation>
    </message>
    <message>
        <source>warning: the measurements are not recorded in the history: %1</source>
        <translation>אזהרה: המדידות לא נרשמות בהיסטוריה: %1</translation>
    </message>
    <message>
        <source>measuring what is missing (%1 of %2): %3...</source>
        <translation>מודד את מה שחסר (%1 מתוך %2): %3...</translation>
    </message>
    <message>
        <source>  %1 probe (run %2): %3</source>
        <translation>  בדיקת %1 (הרצה %2): %3</translation>
    </message>
    <message>
        <source>  %1 probe: %2</source>
        <translation>  בדיקת %1: %2</translation>
    </message>
    <message>
        <source>make the measurements the evidence lacks (probes, a capacity discovery) against the tested server given by --profile, store them, and diagnose with them</source>
        <translation>לבצע את המדידות שחסרות לראיות (בדיקות, גילוי קיבולת) מול השרת הנבדק שניתן ב־‎--profile, לשמור אותן ולאבחן איתן</translation>
    </message>
    <message>
        <source>--measure needs the tested server&apos;s profile (--profile FILE): the measurements are made against it</source>
        <translation>‏‎--measure‏ צריך את הפרופיל של השרת הנבדק (‎--profile FILE): המדידות נעשות מולו</translation>
    </message>
    <message>
        <source>--measure: the profile &quot;%1&quot; is for %2, but the tests talked to another server (%3); give that server&apos;s profile</source>
        <translation>‏‎--measure‏: הפרופיל &quot;%1&quot; מיועד ל־%2, אבל הטסטים פנו לשרת אחר (%3); תנו את הפרופיל של השרת ההוא</translation>
    </message>
    <message>
        <source>measuring stopped: the diagnosis uses what was measured before</source>
        <translation>המדידה נעצרה: האבחון משתמש במה שנמדד קודם</translation>
    </message>
    <message>
        <source>nothing to measure: every cause&apos;s evidence has its measurement</source>
        <translation>אין מה למדוד: לראיות של כל גורם יש את המדידה שלהן</translation>
    </message>
    <message>
        <source>%1: stopping the probe; jobs it created are cleaned up first (send it again, or Ctrl-C, to quit at once)</source>
        <translation>%1: עוצרים את הבדיקה; ג&apos;ובים שהיא יצרה מנוקים קודם (שלחו שוב, או Ctrl-C, כדי לצאת מיד)</translation>
    </message>
    <message>
        <source>fathom runs: note: %1</source>
        <translation>fathom runs: לתשומת לב: %1</translation>
    </message>
    <message>
        <source>warning: no measurements were made: %1</source>
        <translation>אזהרה: לא בוצעו מדידות: %1</translation>
    </message>
    <message>
        <source>&quot;client.tls.%1&quot;: %2 is not a file Fathom can read</source>
        <translation>&quot;client.tls.%1&quot;: ‏%2 אינו קובץ ש־Fathom יכול לקרוא</translation>
    </message>
    <message>
        <source>&quot;client.tls.client_certificate&quot; and &quot;client.tls.client_key&quot; go together: give both, or neither</source>
        <translation>&quot;client.tls.client_certificate&quot; ו־&quot;client.tls.client_key&quot; באים יחד: תנו את שניהם, או אף אחד מהם</translation>
    </message>
    <message>
        <source>&quot;client.tls.client_key_passphrase_key&quot; names the passphrase of a client key, but there is no &quot;client.tls.client_key&quot;</source>
        <translation>&quot;client.tls.client_key_passphrase_key&quot; מציין את ססמת המפתח של לקוח, אבל אין &quot;client.tls.client_key&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Not recorded completely: run %1 in the history lacks its result (and reads &quot;interrupted&quot;); %2 of %n step(s) stored. The verdict above and --json are the whole result.</source>
        <translation>
            <numerusform>לא נרשם במלואו: להרצה %1 בהיסטוריה חסרה התוצאה (והיא מוצגת כ&quot;נקטעה&quot;); נשמר %2 מתוך צעד אחד. הפסק שלמעלה ו־--json הם התוצאה המלאה.</numerusform>
            <numerusform>לא נרשם במלואו: להרצה %1 בהיסטוריה חסרה התוצאה (והיא מוצגת כ&quot;נקטעה&quot;); נשמרו %2 מתוך %n צעדים. הפסק שלמעלה ו־--json הם התוצאה המלאה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded as run %1, but only %2 of its %n step(s) could be stored (%3); &quot;fathom runs show %1&quot; lacks the rest.</source>
        <translation>
            <numerusform>נרשם כהרצה %1, אבל רק %2 מתוך הצעד האחד שלה נשמר (%3); ב־&quot;fathom runs show %1&quot; חסר השאר.</numerusform>
            <numerusform>נרשם כהרצה %1, אבל רק %2 מתוך %n הצעדים שלה נשמרו (%3); ב־&quot;fathom runs show %1&quot; חסר השאר.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique errors: %1</source>
        <translation>שגיאות ייחודיות: %1</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>… ועוד %1 (‏--json מפרט את כולן)</translation>
    </message>
    <message>
        <source>store the test run in the run history, to compare it with the next (fathom runs compare)</source>
        <translation>שמירת הרצת הטסטים בהיסטוריית ההרצות, כדי להשוות אותה להרצה הבאה (fathom runs compare)</translation>
    </message>
    <message>
        <source>--save: the run&apos;s name (default: the suite, or the files&apos; names)</source>
        <translation>‏--save: שם ההרצה (ברירת מחדל: הסוויטה, או שמות הקבצים)</translation>
    </message>
    <message>
        <source>--save: the suite it is a run of (default: its root test suites and its set of tests)</source>
        <translation>‏--save: הסוויטה שזו הרצה שלה (ברירת מחדל: סוויטות השורש ואוסף הטסטים שלה)</translation>
    </message>
    <message>
        <source>--save: the code revision the suite ran against (runs without one count as the same code)</source>
        <translation>‏--save: גרסת הקוד שמולה רצה הסוויטה (הרצות בלי גרסה נחשבות לאותו קוד)</translation>
    </message>
    <message>
        <source>--%1 names the stored run: give --save too</source>
        <translation>‏--%1 נותן שם להרצה השמורה: ציינו גם ‎--save</translation>
    </message>
    <message>
        <source>--%1 is longer than 200 characters</source>
        <translation>‏--%1 ארוך מ־200 תווים</translation>
    </message>
    <message>
        <source>the test run was not saved: %1</source>
        <translation>הרצת הטסטים לא נשמרה: %1</translation>
    </message>
    <message>
        <source>Saved as run %1 (&quot;fathom runs compare %1 NEXT&quot; compares it with a later run).</source>
        <translation>נשמרה כהרצה %1 (‏&quot;fathom runs compare %1 NEXT&quot; משווה אותה להרצה מאוחרת יותר).</translation>
    </message>
    <message>
        <source>Test run %1 (%2) against test run %3 (%4):</source>
        <translation>הרצת טסטים %1 (%2) מול הרצת טסטים %3 (%4):</translation>
    </message>
    <message>
        <source>… and %1 more %2 (--json lists them all)</source>
        <translation>… ועוד %1 ‏%2 (‏--json מפרט את כולם)</translation>
    </message>
    <message>
        <source>Measured before %1:</source>
        <translation>נמדד לפני %1:</translation>
    </message>
    <message>
        <source>write a report: FILE.md, FILE.html, FILE.pdf, or FILE.csv (every failure); may repeat</source>
        <translation>כתיבת דוח: FILE.md,‏ FILE.html,‏ FILE.pdf, או FILE.csv (כל הכשלים); אפשר לחזור</translation>
    </message>
    <message>
        <source>%1: the report&apos;s format comes from its name; end it in .md, .html, .pdf or .csv</source>
        <translation>%1: תבנית הדוח נקבעת לפי שמו; סיימו אותו ב־.md,‏ .html,‏ .pdf או .csv</translation>
    </message>
    <message>
        <source>--save: compare with this stored test run (default: the suite&apos;s previous run)</source>
        <translation>‏--save: השוואה להרצת הטסטים השמורה הזו (ברירת מחדל: ההרצה הקודמת של הסוויטה)</translation>
    </message>
    <message>
        <source>--against %1: that run is a %2, not a test run</source>
        <translation>‏--against %1: ההרצה הזו היא %2, לא הרצת טסטים</translation>
    </message>
    <message>
        <source>Against test run %1 (%2):</source>
        <translation>מול הרצת הטסטים %1 (%2):</translation>
    </message>
    <message>
        <source>fathom runs: %1: a comparison&apos;s report comes from its name; end it in .md, .html or .pdf</source>
        <translation>fathom runs: %1: תבנית דוח ההשוואה נקבעת לפי שמו; סיימו אותו ב־.md,‏ .html או .pdf</translation>
    </message>
    <message>
        <source>compare of two test runs: also write it as a report, FILE.md, FILE.html or FILE.pdf; may repeat</source>
        <translation>השוואה של שתי הרצות טסטים: לכתוב אותה גם כדוח, FILE.md,‏ FILE.html או FILE.pdf; אפשר לחזור</translation>
    </message>
    <message>
        <source> · known: %1</source>
        <translation> · מוכר: %1</translation>
    </message>
    <message>
        <source>e.g. %1 · id %2%3</source>
        <translation>לדוגמה %1 · מזהה %2%3</translation>
    </message>
    <message>
        <source>fathom diagnose: --jira %1: no root cause or unique error of this run is called that; its root causes are %2, and each unique error&apos;s id is printed with it (&quot;id …&quot;)</source>
        <translation>fathom diagnose: ‏‎--jira %1: אין בהרצה הזאת גורם שורש או שגיאה ייחודית בשם הזה; גורמי השורש שלה הם %2, והמזהה של כל שגיאה ייחודית מודפס לידה (&quot;מזהה …&quot;)</translation>
    </message>
    <message>
        <source>note: this error was reported before, as %1; it is reported again</source>
        <translation>הערה: השגיאה הזאת כבר דווחה, כ־%1; היא מדווחת שוב</translation>
    </message>
    <message>
        <source>writing the report for Jira…</source>
        <translation>כותב את הדוח ל־Jira…</translation>
    </message>
    <message>
        <source>fathom diagnose: the issue was not created in Jira: %1</source>
        <translation>fathom diagnose: הטיקט לא נפתח ב־Jira:‏ %1</translation>
    </message>
    <message>
        <source>Reported to Jira as %1: %2</source>
        <translation>דווח ל־Jira כ־%1:‏ %2</translation>
    </message>
    <message>
        <source>warning: the report is not attached to %1: %2</source>
        <translation>אזהרה: הדוח לא צורף ל־%1:‏ %2</translation>
    </message>
    <message>
        <source>warning: the next runs will not show %1 as known: %2</source>
        <translation>אזהרה: ההרצות הבאות לא יציגו את %1 כמוכר: %2</translation>
    </message>
    <message>
        <source>report a root cause (its category, e.g. client_pool_exhausted) or a unique error (its id) to Jira as an issue, with the HTML report attached (fathom jira config sets where)</source>
        <translation>דיווח על גורם שורש (הקטגוריה שלו, למשל client_pool_exhausted) או על שגיאה ייחודית (המזהה שלה) כטיקט ב־Jira, עם דוח ה־HTML מצורף (fathom jira config קובע לאן)</translation>
    </message>
    <message>
        <source>--jira: attach no report to the issue</source>
        <translation>‏‎--jira: לא לצרף דוח לטיקט</translation>
    </message>
    <message>
        <source>--jira-without-report goes with --jira</source>
        <translation>‏‎--jira-without-report הולך עם ‎--jira</translation>
    </message>
    <message>
        <source>--jira: %1 (fathom jira config --url URL --project KEY sets it)</source>
        <translation>‏‎--jira: %1 (‏fathom jira config --url URL --project KEY מגדיר את זה)</translation>
    </message>
    <message>
        <source>Shows or changes where &quot;Report to Jira&quot; creates issues (fathom diagnose --jira, and the Diagnosis tab). The API token goes in the keychain: fathom secret set %1</source>
        <translation>מציג או משנה היכן &quot;דיווח ל־Jira&quot; פותח טיקטים (fathom diagnose --jira, ולשונית האבחון). טוקן ה־API נשמר במחזיק המפתחות: fathom secret set %1</translation>
    </message>
    <message>
        <source>the Jira site, e.g. https://example.atlassian.net</source>
        <translation>אתר ה־Jira, למשל https://example.atlassian.net</translation>
    </message>
    <message>
        <source>the project&apos;s key, e.g. FOCUS</source>
        <translation>המפתח של הפרויקט, למשל FOCUS</translation>
    </message>
    <message>
        <source>the type of the issues created (default Bug)</source>
        <translation>סוג הטיקטים שנפתחים (ברירת מחדל Bug)</translation>
    </message>
    <message>
        <source>Jira Cloud: the account&apos;s e-mail; empty (--user &quot;&quot;) for a Data Center personal access token</source>
        <translation>Jira Cloud: כתובת המייל של החשבון; ריק (‎--user &quot;&quot;) עבור personal access token של Data Center</translation>
    </message>
    <message>
        <source>fathom jira: %1</source>
        <translation>fathom jira: %1</translation>
    </message>
    <message>
        <source>fathom jira: the settings could not be written (%1)</source>
        <translation>fathom jira: לא ניתן לכתוב את ההגדרות (%1)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(לא הוגדר)</translation>
    </message>
    <message>
        <source>Jira:       %1</source>
        <translation>Jira:        %1</translation>
    </message>
    <message>
        <source>Project:    %1</source>
        <translation>פרויקט:     %1</translation>
    </message>
    <message>
        <source>Issue type: %1</source>
        <translation>סוג טיקט:   %1</translation>
    </message>
    <message>
        <source>User:       %1</source>
        <translation>משתמש:      %1</translation>
    </message>
    <message>
        <source>none (the token is a personal access token)</source>
        <translation>אין (הטוקן הוא personal access token)</translation>
    </message>
    <message>
        <source>API token:  %1</source>
        <translation>טוקן API:   %1</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>במחזיק המפתחות</translation>
    </message>
    <message>
        <source>not stored (%1): fathom secret set %2</source>
        <translation>לא נשמר (%1): fathom secret set %2</translation>
    </message>
    <message>
        <source>no API token could be read from the keychain (%1): fathom secret set %2</source>
        <translation>לא ניתן היה לקרוא טוקן API ממחזיק המפתחות (%1): fathom secret set %2</translation>
    </message>
    <message>
        <source>config: show the settings, changing those given; check: ask Jira whom the token belongs to and whether the project takes the issue type (creates nothing)</source>
        <translation>config: הצגת ההגדרות, ושינוי אלה שניתנו; check: שאלה ל־Jira למי שייך הטוקן והאם הפרויקט מקבל את סוג הטיקט (לא נפתח דבר)</translation>
    </message>
    <message>
        <source>fathom jira: use &quot;fathom jira config&quot; (with --url, --project, --issue-type, --user to change them) or &quot;fathom jira check&quot;</source>
        <translation>fathom jira: השתמשו ב־&quot;fathom jira config&quot; (עם ‎--url,‏ ‎--project,‏ ‎--issue-type,‏ ‎--user כדי לשנות אותם) או ב־&quot;fathom jira check&quot;</translation>
    </message>
    <message>
        <source>fathom jira: check uses the saved settings; change them with &quot;fathom jira config&quot;</source>
        <translation>fathom jira: ‏check משתמש בהגדרות השמורות; שנו אותן עם &quot;fathom jira config&quot;</translation>
    </message>
</context>
<context>
    <name>fathom::BuiltInRules</name>
    <message>
        <source>the server says it is waiting for fibre</source>
        <translation>השרת אומר שהוא ממתין לסיב</translation>
    </message>
    <message>
        <source>a 503 whose message says the server is overloaded</source>
        <translation>503 שההודעה שלו אומרת שהשרת בעומס יתר</translation>
    </message>
    <message>
        <source>503 and waiting for fibre in the captured output</source>
        <translation>503 והמתנה לסיב בפלט שנלכד</translation>
    </message>
    <message>
        <source>Python concurrent.futures: futures unfinished at the deadline</source>
        <translation>Python concurrent.futures: ‏futures שלא הסתיימו עד המועד</translation>
    </message>
    <message>
        <source>Python asyncio: wait_for&apos;s deadline</source>
        <translation>Python asyncio: המועד של wait_for</translation>
    </message>
    <message>
        <source>pytest-timeout: Timeout &gt;Ns</source>
        <translation>pytest-timeout: ‏Timeout &gt;Ns</translation>
    </message>
    <message>
        <source>JUnit: @Timeout, assertTimeout, timeout=</source>
        <translation>JUnit: ‏@Timeout,‏ assertTimeout,‏ timeout=</translation>
    </message>
    <message>
        <source>jest: Exceeded timeout of N ms</source>
        <translation>jest: ‏Exceeded timeout of N ms</translation>
    </message>
    <message>
        <source>mocha: Timeout of Nms exceeded</source>
        <translation>mocha: ‏Timeout of Nms exceeded</translation>
    </message>
    <message>
        <source>go test: test timed out</source>
        <translation>go test: ‏test timed out</translation>
    </message>
    <message>
        <source>Python httpx: PoolTimeout</source>
        <translation>Python httpx: ‏PoolTimeout</translation>
    </message>
    <message>
        <source>urllib3: pool reached maximum size (blocking pool)</source>
        <translation>urllib3: המאגר הגיע לגודל המרבי (מאגר חוסם)</translation>
    </message>
    <message>
        <source>Apache HttpClient: timeout waiting for connection from pool</source>
        <translation>Apache HttpClient: טיימאאוט בהמתנה לחיבור מהמאגר</translation>
    </message>
    <message>
        <source>Reactor Netty: pool acquire timeout</source>
        <translation>Reactor Netty: טיימאאוט בקבלת חיבור מהמאגר</translation>
    </message>
    <message>
        <source>Go net/http: waiting for a connection (MaxConnsPerHost)</source>
        <translation>Go net/http: המתנה לחיבור (MaxConnsPerHost)</translation>
    </message>
    <message>
        <source>no connection available from the pool</source>
        <translation>אין חיבור פנוי במאגר</translation>
    </message>
    <message>
        <source>axios: Request failed with status code 503 (overload or waiting for fibre)</source>
        <translation>axios: ‏Request failed with status code 503 (עומס יתר או המתנה לסיב)</translation>
    </message>
    <message>
        <source>HTTP 503 that does not say why (overload or waiting for fibre)</source>
        <translation>HTTP 503 שלא אומר למה (עומס יתר או המתנה לסיב)</translation>
    </message>
    <message>
        <source>HTTP 5xx other than 503</source>
        <translation>HTTP 5xx שאינו 503</translation>
    </message>
    <message>
        <source>Python requests / urllib3 / httpx: ConnectTimeout</source>
        <translation>Python requests / urllib3 / httpx: ‏ConnectTimeout</translation>
    </message>
    <message>
        <source>aiohttp: connection timeout to host</source>
        <translation>aiohttp: טיימאאוט התחברות לשרת</translation>
    </message>
    <message>
        <source>Ruby Net::HTTP / Faraday: open timeout</source>
        <translation>Ruby Net::HTTP / Faraday: ‏open timeout</translation>
    </message>
    <message>
        <source>Java: connect timed out</source>
        <translation>Java: ‏connect timed out</translation>
    </message>
    <message>
        <source>Go: dial timeout under the Client&apos;s timeout (connecting, or waiting for a connection under MaxConnsPerHost)</source>
        <translation>Go: ‏dial timeout בתוך ה־timeout של ה־Client (התחברות, או המתנה לחיבור תחת MaxConnsPerHost)</translation>
    </message>
    <message>
        <source>Go: dial timeout</source>
        <translation>Go: ‏dial timeout</translation>
    </message>
    <message>
        <source>Node (got, undici / fetch): connect timeout</source>
        <translation>Node (got, undici / fetch): טיימאאוט התחברות</translation>
    </message>
    <message>
        <source>curl / OS: connection timed out</source>
        <translation>curl / מערכת ההפעלה: ‏connection timed out</translation>
    </message>
    <message>
        <source>Java / OkHttp: socket or request timeout</source>
        <translation>Java / OkHttp: טיימאאוט של socket או של בקשה</translation>
    </message>
    <message>
        <source>Python requests / urllib3 / httpx: read timeout</source>
        <translation>Python requests / urllib3 / httpx: ‏read timeout</translation>
    </message>
    <message>
        <source>aiohttp: timeout reading from the socket</source>
        <translation>aiohttp: טיימאאוט בקריאה מה־socket</translation>
    </message>
    <message>
        <source>Go: Client.Timeout exceeded while awaiting headers</source>
        <translation>Go: ‏Client.Timeout exceeded while awaiting headers</translation>
    </message>
    <message>
        <source>Go: context deadline exceeded (the phase is not stated)</source>
        <translation>Go: ‏context deadline exceeded (השלב לא מצוין)</translation>
    </message>
    <message>
        <source>superagent: response timeout (connect or response)</source>
        <translation>superagent: ‏response timeout (התחברות או תשובה)</translation>
    </message>
    <message>
        <source>fetch: AbortSignal.timeout (connect or response)</source>
        <translation>fetch: ‏AbortSignal.timeout (התחברות או תשובה)</translation>
    </message>
    <message>
        <source>node-fetch: network timeout (connect or response)</source>
        <translation>node-fetch: ‏network timeout (התחברות או תשובה)</translation>
    </message>
    <message>
        <source>node-fetch: the answer&apos;s body did not come in time (a stall, or a hang-up it did not notice)</source>
        <translation>node-fetch: גוף התשובה לא הגיע בזמן (תקיעה, או ניתוק שהוא לא הבחין בו)</translation>
    </message>
    <message>
        <source>.NET HttpClient.Timeout (connect or response; from Microsoft&apos;s documentation)</source>
        <translation>.NET HttpClient.Timeout (התחברות או תשובה; לפי התיעוד של Microsoft)</translation>
    </message>
    <message>
        <source>axios: timeout of N ms exceeded (connect or response)</source>
        <translation>axios: ‏timeout of N ms exceeded (התחברות או תשובה)</translation>
    </message>
    <message>
        <source>Node (got, undici / fetch): response timeout</source>
        <translation>Node (got, undici / fetch): טיימאאוט תשובה</translation>
    </message>
    <message>
        <source>curl: operation timed out</source>
        <translation>curl: ‏operation timed out</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <source>curl 7.88+: couldn&apos;t connect to server (refused, or nothing on the way answered)</source>
        <translation>curl 7.88+: ‏couldn&apos;t connect to server (נדחה, או ששום דבר בדרך לא ענה)</translation>
    </message>
    <message>
        <source>java.net.http: a ConnectException without words, caused by ClosedChannelException (refused)</source>
        <translation>java.net.http: ‏ConnectException בלי מילים, שנגרם על ידי ClosedChannelException (נדחה)</translation>
    </message>
    <message>
        <source>name resolution failed</source>
        <translation>תרגום השם לכתובת נכשל</translation>
    </message>
    <message>
        <source>Node / Go: certificate not trusted, expired or for another name</source>
        <translation>Node / Go: התעודה לא מהימנה, פגה או שייכת לשם אחר</translation>
    </message>
    <message>
        <source>TLS / certificate failure</source>
        <translation>כשל TLS / תעודה</translation>
    </message>
    <message>
        <source>Node (http, undici / fetch, node-fetch, axios, got): socket hang up, other side closed, the answer broke off</source>
        <translation>Node (http, undici / fetch, node-fetch, axios, got): ‏socket hang up, ‏other side closed, התשובה נקטעה</translation>
    </message>
    <message>
        <source>Node: &quot;aborted&quot; / undici&apos;s &quot;terminated&quot; (the answer stopped coming)</source>
        <translation>Node: ‏&quot;aborted&quot; / ‏&quot;terminated&quot; של undici (התשובה הפסיקה להגיע)</translation>
    </message>
    <message>
        <source>Ruby: EOFError, end of file reached (closed without an answer)</source>
        <translation>Ruby: ‏EOFError, ‏end of file reached (נסגר ללא תשובה)</translation>
    </message>
    <message>
        <source>curl (PHP, Guzzle, the command): empty reply, transfer closed</source>
        <translation>curl (PHP, Guzzle, הפקודה): ‏empty reply, ‏transfer closed</translation>
    </message>
    <message>
        <source>Java: the answer broke off or never came (Apache ConnectionClosedException, HttpURLConnection&apos;s end of file)</source>
        <translation>Java: התשובה נקטעה או לא הגיעה (Apache ConnectionClosedException, סוף הקובץ של HttpURLConnection)</translation>
    </message>
    <message>
        <source>connection reset or closed without a response</source>
        <translation>החיבור נקטע (reset) או נסגר ללא תשובה</translation>
    </message>
    <message>
        <source>HTTP 401 / 403 or a token refused</source>
        <translation>HTTP 401 / 403 או טוקן שנדחה</translation>
    </message>
    <message>
        <source>superagent: the status text alone (Unauthorized, Forbidden)</source>
        <translation>superagent: טקסט הסטטוס בלבד (Unauthorized, Forbidden)</translation>
    </message>
    <message>
        <source>fetch (undici): fetch failed, its cause not shown</source>
        <translation>fetch (undici): ‏fetch failed, בלי הסיבה</translation>
    </message>
    <message>
        <source>words of a connect timeout, in a client no rule knows</source>
        <translation>מילים של טיימאאוט התחברות, בלקוח שאף כלל לא מכיר</translation>
    </message>
    <message>
        <source>words of a read or response timeout, in a client no rule knows</source>
        <translation>מילים של טיימאאוט קריאה או תשובה, בלקוח שאף כלל לא מכיר</translation>
    </message>
    <message>
        <source>a timeout whose phase is not stated (counted as a request timeout)</source>
        <translation>טיימאאוט שהשלב שלו לא מצוין (נספר כטיימאאוט בקשה)</translation>
    </message>
    <message>
        <source>an assertion in the test failed</source>
        <translation>אסרשן בטסט נכשל</translation>
    </message>
    <message>
        <source>words of TLS or a certificate, in a client no rule knows</source>
        <translation>מילים של TLS או של תעודה, בלקוח שאף כלל לא מכיר</translation>
    </message>
    <message>
        <source>words of name resolution, in a client no rule knows</source>
        <translation>מילים של תרגום שם לכתובת, בלקוח שאף כלל לא מכיר</translation>
    </message>
    <message>
        <source>words of a refused connection, in a client no rule knows</source>
        <translation>מילים של חיבור שנדחה, בלקוח שאף כלל לא מכיר</translation>
    </message>
    <message>
        <source>words of a connection that closed, in a client no rule knows</source>
        <translation>מילים של חיבור שנסגר, בלקוח שאף כלל לא מכיר</translation>
    </message>
</context>
<context>
    <name>fathom::CapacityDiscovery</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 ב־%2: %3</translation>
    </message>
    <message>
        <source>health check answered HTTP %1 (%2)</source>
        <translation>בדיקת התקינות ענתה HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>health check failed: %1</source>
        <translation>בדיקת התקינות נכשלה: %1</translation>
    </message>
    <message>
        <source>%1 of %2 cleanups failed; the last: %3</source>
        <translation>%1 מתוך %2 ניקויים נכשלו; האחרון: %3</translation>
    </message>
    <message>
        <source>an answer named no job id in &quot;%1&quot;</source>
        <translation>תשובה לא ציינה מזהה ג&apos;וב ב־&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 %2 answered HTTP %3</source>
        <translation>%1 %2 ענה HTTP %3</translation>
    </message>
    <message>
        <source>Fathom can open %1 connections at once here: the descriptor limit (ulimit -n) is %2 and %3 descriptors are in use or kept in reserve. Raise the limit (ulimit -n %4, or more) to try higher levels.</source>
        <translation>Fathom יכול לפתוח כאן %1 חיבורים בו־זמנית: מגבלת המתארים (ulimit -n) היא %2, ו־%3 מתארים בשימוש או שמורים ברזרבה. הגדילו את המגבלה (ulimit -n %4 או יותר) כדי לנסות רמות גבוהות יותר.</translation>
    </message>
    <message>
        <source>a cleanup after a warm-up job failed: %1</source>
        <translation>ניקוי אחרי ג&apos;וב חימום נכשל: %1</translation>
    </message>
</context>
<context>
    <name>fathom::CircuitBreaker</name>
    <message numerus="yes">
        <source>%n consecutive failures</source>
        <translation>
            <numerusform>כשל %n ברצף</numerusform>
            <numerusform>%n כשלים רצופים</numerusform>
        </translation>
    </message>
    <message>
        <source>failure rate %1% over the last %2 calls</source>
        <translation>שיעור כשלים %1% ב־%2 הקריאות האחרונות</translation>
    </message>
    <message>
        <source>trial call failed (%1)</source>
        <translation>קריאת הניסיון נכשלה (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n trial call(s) succeeded</source>
        <translation>
            <numerusform>קריאת ניסיון %n הצליחה</numerusform>
            <numerusform>%n קריאות ניסיון הצליחו</numerusform>
        </translation>
    </message>
    <message>
        <source>reset</source>
        <translation>איפוס</translation>
    </message>
    <message>
        <source>open for %1 s</source>
        <translation>פתוח ל־%1 s</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <source>open: calls stopped</source>
        <translation>פתוח: הקריאות נעצרות</translation>
    </message>
    <message>
        <source>half-open: trying</source>
        <translation>חצי פתוח: מנסה</translation>
    </message>
</context>
<context>
    <name>fathom::Demo</name>
    <message>
        <source>the capacity must be from 1 to %1, not %2</source>
        <translation>הקיבולת צריכה להיות בין 1 ל-%1, לא %2</translation>
    </message>
    <message>
        <source>demo (built-in simulator, capacity %1)</source>
        <translation>הדגמה (סימולטור מובנה, קיבולת %1)</translation>
    </message>
</context>
<context>
    <name>fathom::DiagnosisPanel</name>
    <message>
        <source>The saved rules cannot be used (%1); the built-in rules apply.</source>
        <translation>לא ניתן להשתמש בכללים השמורים (%1); חלים הכללים המובנים.</translation>
    </message>
    <message>
        <source>&amp;Import JUnit files…</source>
        <translation>&amp;ייבוא קובצי JUnit…</translation>
    </message>
    <message>
        <source>Read a failed test run: JUnit XML from pytest, Maven, Gradle, ctest… Several files make one run. You can also drop files or folders here (Ctrl+I).</source>
        <translation>קריאת הרצת טסטים שנכשלה: JUnit XML מ־pytest,‏ Maven,‏ Gradle,‏ ctest… כמה קבצים יוצרים הרצה אחת. אפשר גם לגרור לכאן קבצים או תיקיות (Ctrl+I).</translation>
    </message>
    <message>
        <source>The rules that sort failures into categories: edit them with a live preview, import an Allure categories.json, export them for Allure.</source>
        <translation>הכללים שממיינים כשלים לקטגוריות: עריכה עם תצוגה מקדימה חיה, ייבוא categories.json של Allure, ייצוא עבור Allure.</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>יי&amp;צוא דוח…</translation>
    </message>
    <message>
        <source>Write the root-cause report as PDF, HTML or Markdown, in the UI language.</source>
        <translation>כתיבת דוח גורמי השורש כ־PDF,‏ HTML או Markdown, בשפת הממשק.</translation>
    </message>
    <message>
        <source>Import a failed test run, or drop its JUnit XML files here.</source>
        <translation>ייבאו הרצת טסטים שנכשלה, או גררו לכאן את קובצי ה־JUnit XML שלה.</translation>
    </message>
    <message>
        <source>Failed and erroneous tests, out of all tests in the imported files.</source>
        <translation>טסטים שנכשלו וטסטים שגויים, מתוך כל הטסטים בקבצים שיובאו.</translation>
    </message>
    <message>
        <source>Reading the JUnit files</source>
        <translation>קורא את קובצי ה־JUnit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Root causes in order of impact; select one to see its evidence and its failures.</source>
        <translation>גורמי שורש לפי סדר ההשפעה; בחרו אחד כדי לראות את הראיות והכשלים שלו.</translation>
    </message>
    <message>
        <source>Fathom&apos;s measurements of the target (capacity discovery, probes) to join with the test run as evidence. The latest of each kind is ticked.</source>
        <translation>המדידות של Fathom על היעד (גילוי קיבולת, בדיקות) לצירוף להרצת הטסטים כראיות. האחרונה מכל סוג מסומנת.</translation>
    </message>
    <message>
        <source>Measurements to join:</source>
        <translation>מדידות לצירוף:</translation>
    </message>
    <message>
        <source>Search tests, rules, matched text…</source>
        <translation>חיפוש בטסטים, בכללים, בטקסט שהותאם…</translation>
    </message>
    <message>
        <source>Import a failed test run</source>
        <translation>ייבוא הרצת טסטים שנכשלה</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml);;All files (*)</source>
        <translation>JUnit XML (*.xml);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>No JUnit XML files in %1.</source>
        <translation>אין קובצי JUnit XML ב־%1.</translation>
    </message>
    <message>
        <source>Import cancelled; the previous diagnosis is kept.</source>
        <translation>הייבוא בוטל; האבחון הקודם נשמר.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the previous diagnosis is kept. Check that the file is the JUnit XML your test runner wrote (pytest: --junitxml=FILE).</source>
        <translation>%1

לא יובא דבר; האבחון הקודם נשמר. ודאו שהקובץ הוא ה־JUnit XML שכתב מריץ הטסטים שלכם (pytest: ‏--junitxml=FILE).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>יובא קובץ %n.</numerusform>
            <numerusform>יובאו %n קבצים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2%) — %3 of them infrastructure</source>
        <translation>
            <numerusform>%1 מתוך טסט אחד נכשל (%2%) — %3 מהם תשתית</numerusform>
            <numerusform>%1 מתוך %n טסטים נכשלו (%2%) — %3 מהם תשתית</numerusform>
        </translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>קיבולת %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיות</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>תיקון:</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>none matched</source>
        <translation>אף כלל לא התאים</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>עקבה</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>פלט</translation>
    </message>
    <message>
        <source>Export the root-cause report</source>
        <translation>ייצוא דוח גורמי השורש</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one self-contained file (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML, קובץ אחד עצמאי (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>הדוח נכתב: %1</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>הכללים לא נשמרו</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>עבר</translation>
    </message>
    <message>
        <source>no capacity: %1</source>
        <translation>אין קיבולת: %1</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>כי: %1</translation>
    </message>
    <message>
        <source>What to do, in order:</source>
        <translation>מה לעשות, לפי הסדר:</translation>
    </message>
    <message>
        <source>%1 — not used: the tests talked to another server</source>
        <translation>%1 — לא בשימוש: הטסטים פנו לשרת אחר</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>עצירת המדידה</translation>
    </message>
    <message>
        <source>Stop after the probe that is running; what was measured is kept.</source>
        <translation>עצירה אחרי הבדיקה שרצה עכשיו; מה שנמדד נשמר.</translation>
    </message>
    <message>
        <source>&amp;Measure what is missing</source>
        <translation>&amp;מדידת מה שחסר</translation>
    </message>
    <message>
        <source>Import a failed test run first: its diagnosis says what is not measured.</source>
        <translation>ייבאו קודם הרצת טסטים שנכשלה: האבחון שלה אומר מה לא נמדד.</translation>
    </message>
    <message>
        <source>Nothing is missing: every cause&apos;s evidence has its measurement.</source>
        <translation>שום דבר לא חסר: לראיות של כל גורם יש את המדידה שלהן.</translation>
    </message>
    <message>
        <source>The run history is not open: measurements could not be kept.</source>
        <translation>היסטוריית ההרצות לא פתוחה: לא ניתן לשמור מדידות.</translation>
    </message>
    <message>
        <source>Choose the tested server&apos;s target first (a profile, or its base URL).</source>
        <translation>בחרו קודם את היעד של השרת הנבדק (פרופיל, או כתובת ה־URL הבסיסית שלו).</translation>
    </message>
    <message>
        <source>The target %1 is not the server the tests talked to: choose that server&apos;s target.</source>
        <translation>היעד %1 אינו השרת שהטסטים פנו אליו: בחרו את היעד של השרת ההוא.</translation>
    </message>
    <message>
        <source>Runs against %1, one after another, and analyses again with each: %2</source>
        <translation>מריץ מול %1, אחת אחרי השנייה, ומנתח מחדש עם כל אחת: %2</translation>
    </message>
    <message>
        <source>Measuring what is missing</source>
        <translation>מודד את מה שחסר</translation>
    </message>
    <message>
        <source>Measuring what is missing (%1 of %2): %3…</source>
        <translation>מודד את מה שחסר (%1 מתוך %2): %3…</translation>
    </message>
    <message>
        <source>%1 probe: %2</source>
        <translation>בדיקת %1: %2</translation>
    </message>
    <message>
        <source>Measuring stopped: the diagnosis uses what was measured before.</source>
        <translation>המדידה נעצרה: האבחון משתמש במה שנמדד קודם.</translation>
    </message>
    <message>
        <source>The capacity is missing: running a capacity discovery on the Discovery tab.</source>
        <translation>הקיבולת חסרה: מריץ גילוי קיבולת בלשונית הגילוי.</translation>
    </message>
    <message>
        <source>All failures</source>
        <translation>כל הכשלים</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) match.</source>
        <translation>
            <numerusform>כשל אחד מתאים.</numerusform>
            <numerusform>%n כשלים מתאימים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failure of this root cause matches; %n in other root causes — select “All failures” to see them.</source>
        <translation>
            <numerusform>אף כשל של גורם השורש הזה לא מתאים; כשל אחד בגורמי שורש אחרים — בחרו „כל הכשלים” כדי לראות אותו.</numerusform>
            <numerusform>אף כשל של גורם השורש הזה לא מתאים; %n בגורמי שורש אחרים — בחרו „כל הכשלים” כדי לראות אותם.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of this root cause match; %1 in all — select “All failures” to see every one.</source>
        <translation>
            <numerusform>כשל אחד של גורם השורש הזה מתאים; %1 בסך הכול — בחרו „כל הכשלים” כדי לראות את כולם.</numerusform>
            <numerusform>%n כשלים של גורם השורש הזה מתאימים; %1 בסך הכול — בחרו „כל הכשלים” כדי לראות את כולם.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;כללים…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more note(s): point here to read them)</source>
        <translation>
            <numerusform>%1 (ועוד הערה אחת: הצביעו כאן כדי לקרוא אותה)</numerusform>
            <numerusform>%1 (ועוד %n הערות: הצביעו כאן כדי לקרוא אותן)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — rule: %4</source>
        <translation>%1 — %2 — %3 — כלל: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>שגיאה ייחודית אחת</numerusform>
            <numerusform>%n שגיאות ייחודיות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in %1 root causes. Select a root cause for its evidence, its fix and its unique errors.</source>
        <translation>
            <numerusform>כשל אחד ב־%1 גורמי שורש. בחרו גורם שורש כדי לראות את הראיות, התיקון והשגיאות הייחודיות שלו.</numerusform>
            <numerusform>%n כשלים ב־%1 גורמי שורש. בחרו גורם שורש כדי לראות את הראיות, התיקון והשגיאות הייחודיות שלו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique errors:</source>
        <translation>שגיאות ייחודיות:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>לדוגמה %1</translation>
    </message>
    <message>
        <source>%1 · e.g. %2</source>
        <translation>%1 · לדוגמה %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the report and fathom diagnose --json list them all.</source>
        <translation>
            <numerusform>… ועוד אחת: הדוח ו־fathom diagnose --json מפרטים את כולן.</numerusform>
            <numerusform>… ועוד %n: הדוח ו־fathom diagnose --json מפרטים את כולן.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every failure of this root cause</source>
        <translation>הצגת כל הכשלים של גורם השורש הזה</translation>
    </message>
    <message>
        <source>Select an error to list only its failures.</source>
        <translation>בחרו שגיאה כדי להציג רק את הכשלים שלה.</translation>
    </message>
    <message>
        <source>&amp;Save to history</source>
        <translation>&amp;שמירה בהיסטוריה</translation>
    </message>
    <message>
        <source>Keep each imported test run in the run history, to compare it with the next run (History tab: select two test runs, Compare).</source>
        <translation>שמירת כל הרצת טסטים מיובאת בהיסטוריית ההרצות, כדי להשוות אותה להרצה הבאה (לשונית היסטוריה: בחרו שתי הרצות טסטים, השוואה).</translation>
    </message>
    <message>
        <source>The run history could not be opened; see the status bar.</source>
        <translation>לא ניתן היה לפתוח את היסטוריית ההרצות; ראו את שורת המצב.</translation>
    </message>
    <message>
        <source>Opened test run %1 from the history.</source>
        <translation>הרצת הטסטים %1 נפתחה מההיסטוריה.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); saved in the history as run %1.</source>
        <translation>
            <numerusform>יובא קובץ אחד; נשמר בהיסטוריה כהרצה %1.</numerusform>
            <numerusform>יובאו %n קבצים; נשמרו בהיסטוריה כהרצה %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s), but the run was not saved in the history: %1</source>
        <translation>
            <numerusform>יובא קובץ אחד, אבל ההרצה לא נשמרה בהיסטוריה: %1</numerusform>
            <numerusform>יובאו %n קבצים, אבל ההרצה לא נשמרה בהיסטוריה: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy for Jira</source>
        <translation>העתקה ל־Jira</translation>
    </message>
    <message>
        <source>Copied for Jira: paste it into a new issue&apos;s summary and description.</source>
        <translation>הועתק ל־Jira: הדביקו אותו בסיכום ובתיאור של issue חדש.</translation>
    </message>
    <message>
        <source>Report to Jira…</source>
        <translation>דיווח ל־Jira…</translation>
    </message>
    <message>
        <source>to create issues from here, set up Jira in Settings</source>
        <translation>כדי לפתוח טיקטים מכאן, הגדירו את Jira בהגדרות</translation>
    </message>
    <message>
        <source>Jira is not set up (%1): Settings → Jira.</source>
        <translation>Jira לא מוגדר (%1): הגדרות ← Jira.</translation>
    </message>
    <message>
        <source>Reported to Jira as %1.</source>
        <translation>דווח ל־Jira כ־%1.</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>מוכר: %1</translation>
    </message>
</context>
<context>
    <name>fathom::DiscoveryPanel</name>
    <message>
        <source>Bisect (1, 2, 4, … then halve the gap)</source>
        <translation>חציה (1, 2, 4, … ואז חציית הפער)</translation>
    </message>
    <message>
        <source>Linear (1, 2, 3, …)</source>
        <translation>ליניארי (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>Bisect finds the same capacity as linear in far fewer levels: O(log capacity).</source>
        <translation>חציה מוצאת את אותה קיבולת כמו ליניארי בהרבה פחות רמות: O(log capacity).</translation>
    </message>
    <message>
        <source>The highest number of concurrent jobs to try.</source>
        <translation>המספר הגבוה ביותר של ג&apos;ובים מקבילים לנסות.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between attempts, after cleanup, so the server settles.</source>
        <translation>הפסקה בין ניסיונות, אחרי הניקוי, כדי שהשרת יתייצב.</translation>
    </message>
    <message>
        <source>&amp;Start discovery</source>
        <translation>הת&amp;חלת גילוי</translation>
    </message>
    <message>
        <source>Start capacity discovery against the current target (Ctrl+R).</source>
        <translation>התחלת גילוי קיבולת מול היעד הנוכחי (Ctrl+R).</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>ע&amp;צירה</translation>
    </message>
    <message>
        <source>Stop the run; jobs already created are still cleaned up (Ctrl+.).</source>
        <translation>עצירת ההרצה; ג&apos;ובים שכבר נוצרו עדיין מנוקים (Ctrl+.).</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>אסטרטגיה:</translation>
    </message>
    <message>
        <source>Max level:</source>
        <translation>רמה מרבית:</translation>
    </message>
    <message>
        <source>Cool-down:</source>
        <translation>צינון:</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>במנוחה</translation>
    </message>
    <message>
        <source>Throughput and latency by level</source>
        <translation>תפוקה וזמן תגובה לפי רמה</translation>
    </message>
    <message>
        <source>jobs/s (passed)</source>
        <translation>ג&apos;ובים/שנייה (שעברו)</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>קיבולת</translation>
    </message>
    <message>
        <source>USL prediction</source>
        <translation>חיזוי USL</translation>
    </message>
    <message>
        <source>level (concurrent jobs)</source>
        <translation>רמה (ג&apos;ובים מקבילים)</translation>
    </message>
    <message>
        <source>jobs/s</source>
        <translation>ג&apos;ובים/שנייה</translation>
    </message>
    <message>
        <source>Choose a target first: a profile, or a base URL.</source>
        <translation>בחרו קודם יעד: פרופיל, או כתובת URL בסיסית.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>מושהה: %1</translation>
    </message>
    <message>
        <source>The target is healthy again: resumed.</source>
        <translation>היעד תקין שוב: ההרצה ממשיכה.</translation>
    </message>
    <message>
        <source>This run is not recorded: %1</source>
        <translation>הרצה זו אינה נרשמת: %1</translation>
    </message>
    <message>
        <source>Stopping: cleaning up created jobs…</source>
        <translation>עוצר: מנקה את הג&apos;ובים שנוצרו…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>הסתיים: %1</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>רוויה</translation>
    </message>
    <message>
        <source>SLO capacity</source>
        <translation>קיבולת לפי SLO</translation>
    </message>
    <message>
        <source>Each passing attempt&apos;s throughput and each attempt&apos;s p99 latency against its level. The red dashed line is the capacity (every job succeeded at the first attempt); the orange line is the saturation level (the highest level served in parallel: beyond it jobs wait and latency grows); the green line, with an SLO set, is the highest level meeting it. The grey dotted curve, when there is one, is the Universal Scalability Law fitted to the measurements — a prediction.</source>
        <translation>התפוקה של כל ניסיון שעבר וה־p99 של כל ניסיון מול הרמה שלו. הקו האדום המקווקו הוא הקיבולת (כל הג&apos;ובים הצליחו בניסיון הראשון); הקו הכתום הוא רמת הרוויה (הרמה הגבוהה ביותר שמטופלת במקביל: מעבר לה ג&apos;ובים ממתינים וזמן התגובה גדל); הקו הירוק, כשמוגדר SLO, הוא הרמה הגבוהה ביותר שעומדת בו. העקומה האפורה המנוקדת, כשיש כזו, היא חוק הסקלביליות האוניברסלי שהותאם למדידות — חיזוי.</translation>
    </message>
    <message>
        <source>Warm-up: job %1 of %2, one at a time (the baseline for saturation)</source>
        <translation>חימום: ג&apos;וב %1 מתוך %2, אחד בכל פעם (קו הבסיס לרוויה)</translation>
    </message>
    <message>
        <source>HTTP 429: measuring the rate limit, %1 jobs paced at %2 a second.</source>
        <translation>HTTP 429: מודד את מגבלת הקצב, %1 ג&apos;ובים בקצב של %2 בשנייה.</translation>
    </message>
    <message>
        <source>Rate limit: %1 jobs paced at %2 a second</source>
        <translation>מגבלת קצב: %1 ג&apos;ובים בקצב של %2 בשנייה</translation>
    </message>
    <message>
        <source>rate limit (jobs/s)</source>
        <translation>מגבלת קצב (ג&apos;ובים בשנייה)</translation>
    </message>
    <message>
        <source>Measuring %1.</source>
        <translation>מודד את %1.</translation>
    </message>
    <message>
        <source>Results of %1.</source>
        <translation>תוצאות של %1.</translation>
    </message>
    <message>
        <source>Not the current target, %1: start a discovery to measure it.</source>
        <translation>זה לא היעד הנוכחי, %1: הפעילו גילוי קיבולת כדי למדוד אותו.</translation>
    </message>
    <message>
        <source>Not the current target.</source>
        <translation>זה לא היעד הנוכחי.</translation>
    </message>
    <message>
        <source>Starting: checking that the target answers…</source>
        <translation>מתחיל: בודק שהיעד עונה…</translation>
    </message>
    <message>
        <source>The first level tried (bisect doubles from it).</source>
        <translation>הרמה הראשונה שנוסית (החיפוש הבינארי מכפיל ממנה).</translation>
    </message>
    <message>
        <source>Attempts at a level: it fails after this many failed attempts in a row.</source>
        <translation>ניסיונות ברמה: היא נכשלת אחרי מספר כזה של ניסיונות כושלים ברצף.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Stop the run after this long, with what it measured so far.</source>
        <translation>עצירת ההרצה אחרי זמן זה, עם מה שנמדד עד אז.</translation>
    </message>
    <message>
        <source>Jobs sent one at a time before the first level: the baseline saturation is measured against (0 leaves saturation unknown).</source>
        <translation>ג&apos;ובים שנשלחים אחד בכל פעם לפני הרמה הראשונה: קו הבסיס שמולו נמדדת הרוויה (0 משאיר את הרוויה לא ידועה).</translation>
    </message>
    <message>
        <source>SLO: the p99 latency a level may have. The result adds the highest level meeting it; without one, the target profile&apos;s SLO applies.</source>
        <translation>SLO: זמן התגובה p99 שמותר לרמה. התוצאה מוסיפה את הרמה הגבוהה ביותר שעומדת בו; בלעדיו חל ה־SLO של פרופיל היעד.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>SLO: the share of failed jobs a level may have (0 with a p99 SLO: none may fail).</source>
        <translation>SLO: שיעור הג&apos;ובים שמותר להם להיכשל ברמה (0 עם SLO של p99: אף ג&apos;וב לא רשאי להיכשל).</translation>
    </message>
    <message>
        <source>Start level:</source>
        <translation>רמת התחלה:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>ניסיונות:</translation>
    </message>
    <message>
        <source>Time budget:</source>
        <translation>תקציב זמן:</translation>
    </message>
    <message>
        <source>Warm-up jobs:</source>
        <translation>ג&apos;ובי חימום:</translation>
    </message>
    <message>
        <source>SLO p99:</source>
        <translation>SLO ל־p99:</translation>
    </message>
    <message>
        <source>SLO errors:</source>
        <translation>SLO כשלים:</translation>
    </message>
    <message>
        <source>Level %1 of at most %2, attempt %3 of %4</source>
        <translation>רמה %1 מתוך עד %2, ניסיון %3 מתוך %4</translation>
    </message>
    <message>
        <source>; %1:%2 left of the time budget</source>
        <translation>; נותרו %1:%2 מתקציב הזמן</translation>
    </message>
    <message>
        <source>Job: %1; cleanup: %2 — from the target profile (Edit…, Ctrl+E).</source>
        <translation>ג&apos;וב: %1; ניקוי: %2 — מפרופיל היעד (עריכה…, Ctrl+E).</translation>
    </message>
</context>
<context>
    <name>fathom::DiscoveryResult</name>
    <message>
        <source>Discovery stopped: the server is waiting for fibre (%1). That is a state of the server, not a capacity limit; run again once its readiness check passes.</source>
        <translation>הגילוי נעצר: השרת ממתין לסיב (%1). זהו מצב של השרת, לא מגבלת קיבולת; הריצו שוב כשבדיקת המוכנות שלו עוברת.</translation>
    </message>
    <message>
        <source>Discovery could not start: the target is unreachable (%1). Check the base URL and that the server is running.</source>
        <translation>הגילוי לא יכול היה להתחיל: היעד אינו נגיש (%1). בדקו את כתובת ה־URL הבסיסית ושהשרת פועל.</translation>
    </message>
    <message>
        <source>The time budget ran out; the highest level that passed so far is %1.</source>
        <translation>תקציב הזמן נגמר; הרמה הגבוהה ביותר שעברה עד כה היא %1.</translation>
    </message>
    <message>
        <source>Cancelled; the highest level that passed so far is %1.</source>
        <translation>בוטל; הרמה הגבוהה ביותר שעברה עד כה היא %1.</translation>
    </message>
    <message>
        <source>The run was interrupted; the highest level that passed is %1.</source>
        <translation>ההרצה נקטעה; הרמה הגבוהה ביותר שעברה היא %1.</translation>
    </message>
    <message>
        <source>every level tried up to %1 met the SLO</source>
        <translation>כל רמה שנוסתה עד %1 עמדה ב־SLO</translation>
    </message>
    <message>
        <source>level %1, the lowest tried, already missed the SLO</source>
        <translation>כבר רמה %1, הנמוכה ביותר שנוסתה, לא עמדה ב־SLO</translation>
    </message>
    <message>
        <source>The jobs failed mostly as: %1.</source>
        <translation>הג&apos;ובים נכשלו בעיקר כך: %1.</translation>
    </message>
    <message>
        <source>Capacity is at least %1 and less than %2 concurrent jobs: level %1 passed and level %2, the next one tried, failed (%3).</source>
        <translation>הקיבולת היא לפחות %1 ופחות מ־%2 ג&apos;ובים מקבילים: רמה %1 עברה ורמה %2, הבאה שנוסתה, נכשלה (%3).</translation>
    </message>
    <message>
        <source>Every level up to the maximum of %1 passed and was served in parallel: capacity and saturation are both at least %1. Raise the maximum level to find them.</source>
        <translation>כל רמה עד המקסימום של %1 עברה וטופלה במקביל: הקיבולת והרוויה שתיהן לפחות %1. הגדילו את הרמה המרבית כדי למצוא אותן.</translation>
    </message>
    <message>
        <source>Capacity is %1 concurrent jobs: level %1 passed and level %2 failed (%3).</source>
        <translation>הקיבולת היא %1 ג&apos;ובים מקבילים: רמה %1 עברה ורמה %2 נכשלה (%3).</translation>
    </message>
    <message>
        <source>Saturation is unknown: %1.</source>
        <translation>הרוויה לא ידועה: %1.</translation>
    </message>
    <message>
        <source>Within the SLO (%1) it takes up to %2 jobs.</source>
        <translation>בתוך ה־SLO ‏(%1) הוא מקבל עד %2 ג&apos;ובים.</translation>
    </message>
    <message>
        <source>The SLO (%1) was met at every level tried, up to %2.</source>
        <translation>ה־SLO ‏(%1) התקיים בכל רמה שנוסתה, עד %2.</translation>
    </message>
    <message>
        <source>Even level %1 missed the SLO (%2).</source>
        <translation>אפילו רמה %1 לא עמדה ב־SLO ‏(%2).</translation>
    </message>
    <message numerus="yes">
        <source>Limit the suite to %n concurrent job(s).</source>
        <translation>
            <numerusform>הגבילו את סוויטת הטסטים לג&apos;וב אחד בכל פעם.</numerusform>
            <numerusform>הגבילו את סוויטת הטסטים ל־%n ג&apos;ובים מקבילים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discovery stopped: the target&apos;s health check kept failing for %1 s (%2). The %n step(s) measured before are kept; run again once the target is healthy.</source>
        <translation>
            <numerusform>הגילוי נעצר: בדיקת התקינות של המטרה המשיכה להיכשל במשך %1 שנ׳ (%2). הצעד %n שנמדד לפני כן נשמר; הריצו שוב כשהמטרה תקינה.</numerusform>
            <numerusform>הגילוי נעצר: בדיקת התקינות של המטרה המשיכה להיכשל במשך %1 שנ׳ (%2). %n הצעדים שנמדדו לפני כן נשמרו; הריצו שוב כשהמטרה תקינה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery stopped: created jobs could not be deleted (%1), so later levels would measure the jobs left behind, not the server&apos;s capacity. Check the profile&apos;s cleanup method and path; the highest level that passed before is %2.</source>
        <translation>הגילוי נעצר: לא ניתן היה למחוק ג&apos;ובים שנוצרו (%1), ולכן רמות מאוחרות יותר היו מודדות את הג&apos;ובים שנשארו ולא את קיבולת השרת. בדקו את שיטת הניקוי והנתיב שלו בפרופיל; הרמה הגבוהה ביותר שעברה לפני כן היא %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 jobs at level %3: %4</source>
        <translation>%1 מתוך %2 ג&apos;ובים ברמה %3: %4</translation>
    </message>
    <message>
        <source>p99 ≤ %1</source>
        <translation>p99 ≤ %1</translation>
    </message>
    <message>
        <source>errors ≤ %1 %</source>
        <translation>שגיאות ≤ %1%</translation>
    </message>
    <message>
        <source>%1 of %2 jobs waited at level %3, p99 %4</source>
        <translation>%1 מתוך %2 ג&apos;ובים המתינו ברמה %3, ‏p99 %4</translation>
    </message>
    <message>
        <source>%1 of %2 at %3, p99 %4</source>
        <translation>%1 מתוך %2 ברמה %3, ‏p99 %4</translation>
    </message>
    <message>
        <source>Discovery stopped: created jobs could not be deleted (%1), so the levels would measure the jobs left behind, not the server&apos;s capacity. Check the profile&apos;s cleanup method and path.</source>
        <translation>הגילוי נעצר: לא ניתן היה למחוק ג&apos;ובים שנוצרו (%1), ולכן הרמות היו מודדות את הג&apos;ובים שנשארו ולא את הקיבולת של השרת. בדקו את שיטת הניקוי והנתיב שלו בפרופיל.</translation>
    </message>
    <message numerus="yes">
        <source>The server served %n job(s) at once; above that they waited.</source>
        <translation>
            <numerusform>השרת טיפל בג&apos;וב אחד בכל פעם; מעבר לזה הם המתינו.</numerusform>
            <numerusform>השרת טיפל ב־%n ג&apos;ובים בו־זמנית; מעבר לזה הם המתינו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once.</source>
        <translation>
            <numerusform>השרת מטפל בג&apos;וב אחד בכל פעם.</numerusform>
            <numerusform>השרת מטפל ב־%n ג&apos;ובים בו־זמנית.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it turns the excess away (%1).</source>
        <translation>
            <numerusform>השרת מטפל בג&apos;וב אחד בכל פעם; מעבר לזה הוא דוחה את העודף (%1).</numerusform>
            <numerusform>השרת מטפל ב־%n ג&apos;ובים בו־זמנית; מעבר לזה הוא דוחה את העודף (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that the jobs fail (%1).</source>
        <translation>
            <numerusform>השרת מטפל בג&apos;וב אחד בכל פעם; מעבר לזה הג&apos;ובים נכשלים (%1).</numerusform>
            <numerusform>השרת מטפל ב־%n ג&apos;ובים בו־זמנית; מעבר לזה הג&apos;ובים נכשלים (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it queues them (%1) and from %2 on they fail (%3).</source>
        <translation>
            <numerusform>השרת מטפל בג&apos;וב אחד בכל פעם; מעבר לזה הוא מכניס אותם לתור (%1), ומ־%2 והלאה הם נכשלים (%3).</numerusform>
            <numerusform>השרת מטפל ב־%n ג&apos;ובים בו־זמנית; מעבר לזה הוא מכניס אותם לתור (%1), ומ־%2 והלאה הם נכשלים (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it queues them (%1), and every job still succeeded up to the maximum level tried, %2: capacity is at least %2.</source>
        <translation>
            <numerusform>השרת מטפל בג&apos;וב אחד בכל פעם; מעבר לזה הוא מכניס אותם לתור (%1), וכל הג&apos;ובים עדיין הצליחו עד הרמה הגבוהה ביותר שנוסתה, %2: הקיבולת היא לפחות %2.</numerusform>
            <numerusform>השרת מטפל ב־%n ג&apos;ובים בו־זמנית; מעבר לזה הוא מכניס אותם לתור (%1), וכל הג&apos;ובים עדיין הצליחו עד הרמה הגבוהה ביותר שנוסתה, %2: הקיבולת היא לפחות %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its jobs vary in length, so that number is an estimate: the levels where jobs waited point to %1 to %2.</source>
        <translation>משך הג&apos;ובים שלו משתנה, ולכן המספר הזה הוא הערכה: הרמות שבהן ג&apos;ובים המתינו מצביעות על %1 עד %2.</translation>
    </message>
    <message>
        <source>Every level up to %1 passed and was served in parallel: the server&apos;s capacity is at least %1, and Fathom stopped there at its own limit, not the server&apos;s.</source>
        <translation>כל רמה עד %1 עברה וטופלה במקביל: הקיבולת של השרת היא לפחות %1, ו־Fathom עצר שם במגבלה שלו עצמו, לא של השרת.</translation>
    </message>
    <message>
        <source>Every level up to %1 passed: the server&apos;s capacity is at least %1, and Fathom stopped there at its own limit, not the server&apos;s.</source>
        <translation>כל רמה עד %1 עברה: הקיבולת של השרת היא לפחות %1, ו־Fathom עצר שם במגבלה שלו עצמו, לא של השרת.</translation>
    </message>
    <message>
        <source>Every level up to the maximum of %1 passed: capacity is at least %1. Saturation is unknown: %2.</source>
        <translation>כל רמה עד המקסימום של %1 עברה: הקיבולת היא לפחות %1. הרוויה לא ידועה: %2.</translation>
    </message>
    <message>
        <source>At level %1, %2 of %3 jobs sent at once were refused with HTTP 429 (too many requests): the server limits how fast jobs arrive, not how many run at once.</source>
        <translation>ברמה %1, ‏%2 מתוך %3 ג&apos;ובים שנשלחו בבת אחת נדחו עם HTTP 429 (יותר מדי בקשות): השרת מגביל את הקצב שבו ג&apos;ובים מגיעים, לא כמה רצים בו־זמנית.</translation>
    </message>
    <message>
        <source>Paced one after another, %1 jobs a second were all served</source>
        <translation>כשנשלחו בזו אחר זו, %1 ג&apos;ובים בשנייה טופלו כולם</translation>
    </message>
    <message>
        <source>and %1 a second were not (%2 of %3 got 429)</source>
        <translation>ו־%1 בשנייה לא (%2 מתוך %3 קיבלו 429)</translation>
    </message>
    <message>
        <source>The server limits the rate to about %1 jobs a second; concurrency is not its limit here. Pace the suite to at most %1 jobs a second (or lower its request rate), rather than limiting how many run at once.</source>
        <translation>השרת מגביל את הקצב לכ־%1 ג&apos;ובים בשנייה; המקביליות אינה המגבלה שלו כאן. קבעו לטסטים קצב של לכל היותר %1 ג&apos;ובים בשנייה (או הורידו את קצב הבקשות שלהם), במקום להגביל כמה רצים בו־זמנית.</translation>
    </message>
    <message>
        <source>Even paced at %1 jobs a second, %2 of %3 got 429: the limit is lower than Fathom tried, or it counts something else (per client, per token, per day). Check the server&apos;s rate limit.</source>
        <translation>גם בקצב של %1 ג&apos;ובים בשנייה, %2 מתוך %3 קיבלו 429: המגבלה נמוכה ממה ש־Fathom ניסה, או שהיא סופרת משהו אחר (לכל לקוח, לכל טוקן, ליום). בדקו את מגבלת הקצב של השרת.</translation>
    </message>
    <message>
        <source>The run ended before the rate could be measured by pacing the jobs.</source>
        <translation>ההרצה הסתיימה לפני שאפשר היה למדוד את הקצב בשליחת ג&apos;ובים בקצב קבוע.</translation>
    </message>
    <message>
        <source>The server fails about %1 % of jobs whatever the level (mostly %2): levels it served in one attempt failed in another, and the failures above level %3 are no more than that rate explains. That is an error rate, not a capacity: the capacity is unknown. Find why it fails jobs at random (its logs, a proxy in between), then measure again.</source>
        <translation>השרת מכשיל כ־%1 % מהג&apos;ובים בכל רמה (בעיקר %2): רמות שהוא טיפל בהן בניסיון אחד נכשלו בניסיון אחר, והכשלים מעל רמה %3 אינם יותר ממה שהשיעור הזה מסביר. זה שיעור שגיאות, לא קיבולת: הקיבולת לא ידועה. מצאו למה הוא מכשיל ג&apos;ובים באקראי (הלוגים שלו, פרוקסי בדרך), ואז מדדו שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery stopped: the target stopped answering during the run (%1). The %n step(s) measured before are kept; the highest level that passed is %2. Check that the server is still running (it may have crashed under the load), then run again.</source>
        <translation>
            <numerusform>הגילוי נעצר: היעד הפסיק לענות במהלך ההרצה (%1). הצעד שנמדד קודם נשמר; הרמה הגבוהה ביותר שעברה היא %2. בדקו שהשרת עדיין רץ (ייתכן שקרס תחת העומס), ואז הריצו שוב.</numerusform>
            <numerusform>הגילוי נעצר: היעד הפסיק לענות במהלך ההרצה (%1). %n הצעדים שנמדדו קודם נשמרו; הרמה הגבוהה ביותר שעברה היא %2. בדקו שהשרת עדיין רץ (ייתכן שקרס תחת העומס), ואז הריצו שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server limits the rate at which jobs arrive; how many it serves at once was not measured</source>
        <translation>השרת מגביל את הקצב שבו ג&apos;ובים מגיעים; כמה הוא מטפל בו־זמנית לא נמדד</translation>
    </message>
    <message numerus="yes">
        <source>Not even %n concurrent job(s) succeeded in %1.</source>
        <translation>
            <numerusform>אפילו ג&apos;וב אחד לא הצליח במהלך %1.</numerusform>
            <numerusform>אפילו %n ג&apos;ובים מקבילים לא הצליחו במהלך %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>ניסיון אחד</numerusform>
            <numerusform>%n ניסיונות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (%3; jobs sent without retries).</source>
        <translation>%1 במהלך %2 (%3; הג&apos;ובים נשלחו בלי ניסיונות חוזרים).</translation>
    </message>
    <message>
        <source>%1 in %2 (%3).</source>
        <translation>%1 במהלך %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) tried</source>
        <translation>
            <numerusform>נוסתה רמה אחת</numerusform>
            <numerusform>נוסו %n רמות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paced trial(s) after %1.</source>
        <translation>
            <numerusform>ניסיון קצב אחד אחרי %1.</numerusform>
            <numerusform>%n ניסיונות קצב אחרי %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>רמה אחת</numerusform>
            <numerusform>%n רמות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yet %n warm-up job(s), sent one at a time just before, succeeded: the jobs Fathom created may still hold the server&apos;s slots, because nothing deletes them. Set the cleanup request (--cleanup-path /jobs/{job_id}, or &quot;cleanup&quot; in the profile) and run it again.</source>
        <translation>
            <numerusform>ובכל זאת ג&apos;וב חימום אחד, שנשלח לבד ממש לפני, הצליח: ייתכן שהג&apos;ובים ש־Fathom יצר עדיין תופסים את המקומות בשרת, כי שום דבר לא מוחק אותם. הגדירו את בקשת הניקוי (--cleanup-path /jobs/{job_id}, או &quot;cleanup&quot; בפרופיל) והריצו שוב.</numerusform>
            <numerusform>ובכל זאת %n ג&apos;ובי חימום, שנשלחו אחד אחד ממש לפני, הצליחו: ייתכן שהג&apos;ובים ש־Fathom יצר עדיין תופסים את המקומות בשרת, כי שום דבר לא מוחק אותם. הגדירו את בקשת הניקוי (--cleanup-path /jobs/{job_id}, או &quot;cleanup&quot; בפרופיל) והריצו שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>bisection</source>
        <translation>חיפוש בינארי</translation>
    </message>
    <message>
        <source>level by level</source>
        <translation>רמה אחר רמה</translation>
    </message>
</context>
<context>
    <name>fathom::FailureRules</name>
    <message>
        <source>Connect timeout</source>
        <translation>טיימאאוט התחברות</translation>
    </message>
    <message>
        <source>Read / request timeout</source>
        <translation>טיימאאוט קריאה / בקשה</translation>
    </message>
    <message>
        <source>Client pool exhausted</source>
        <translation>מאגר החיבורים של הלקוח מוצה</translation>
    </message>
    <message>
        <source>503 overloaded</source>
        <translation>503 עומס יתר</translation>
    </message>
    <message>
        <source>503 waiting for fibre</source>
        <translation>503 ממתין לסיב</translation>
    </message>
    <message>
        <source>Other 5xx server error</source>
        <translation>שגיאת שרת 5xx אחרת</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <source>Connection reset / closed without response</source>
        <translation>החיבור נקטע (reset) / נסגר ללא תשובה</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>כשל DNS</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>כשל TLS</translation>
    </message>
    <message>
        <source>Authentication / authorization (401/403)</source>
        <translation>אימות / הרשאה (401/403)</translation>
    </message>
    <message>
        <source>Client-side assertion</source>
        <translation>אסרשן בצד הלקוח</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation>כלל %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>כלל %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>שדה לא מוכר &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; חייב להיות מחרוזת</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty</source>
        <translation>&quot;name&quot; חסר או ריק</translation>
    </message>
    <message>
        <source>&quot;matchedStatuses&quot; must be a list such as [&quot;failed&quot;, &quot;broken&quot;]</source>
        <translation>&quot;matchedStatuses&quot; חייב להיות רשימה כגון [&quot;failed&quot;, &quot;broken&quot;]</translation>
    </message>
    <message>
        <source>&quot;matchedStatuses&quot; may hold only failed, broken, passed, skipped or unknown</source>
        <translation>&quot;matchedStatuses&quot; יכול להכיל רק failed,‏ broken,‏ passed,‏ skipped או unknown</translation>
    </message>
    <message>
        <source>&quot;fullMatch&quot; must be true or false</source>
        <translation>&quot;fullMatch&quot; חייב להיות true או false</translation>
    </message>
    <message>
        <source>has no category</source>
        <translation>אין לו קטגוריה</translation>
    </message>
    <message>
        <source>matches everything: give it a regex or the statuses it applies to</source>
        <translation>מתאים לכול: תנו לו ביטוי רגולרי או את הסטטוסים שהוא חל עליהם</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at character %3</source>
        <translation>%1 אינו ביטוי רגולרי תקין: %2 בתו %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON לא תקין: %1 בבית %2</translation>
    </message>
    <message>
        <source>neither Fathom&apos;s rules (an object with &quot;format&quot;: &quot;fathom-rules&quot; and &quot;rules&quot;) nor an Allure categories file (a list)</source>
        <translation>לא כללי Fathom (אובייקט עם &quot;format&quot;: &quot;fathom-rules&quot; ו־&quot;rules&quot;) ולא קובץ קטגוריות של Allure (רשימה)</translation>
    </message>
    <message>
        <source>the rules were written by a newer Fathom (version %1); this one reads version 1</source>
        <translation>הכללים נכתבו בגרסה חדשה יותר של Fathom (גרסה %1); גרסה זו קוראת גרסה 1</translation>
    </message>
    <message>
        <source>rule %1: must be an object</source>
        <translation>כלל %1: חייב להיות אובייקט</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: לא ניתן לפתוח: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: לא ניתן לכתוב: %2</translation>
    </message>
    <message>
        <source>The test&apos;s own deadline</source>
        <translation>מגבלת הזמן של הטסט עצמו</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be certain, likely or ambiguous</source>
        <translation>‏&quot;confidence&quot; חייב להיות certain,‏ likely או ambiguous</translation>
    </message>
    <message>
        <source>&quot;alternatives&quot; must be a list of category ids</source>
        <translation>‏&quot;alternatives&quot; חייב להיות רשימה של מזהי קטגוריות</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>סביר</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>לא חד־משמעי</translation>
    </message>
    <message>
        <source>ambiguous: or %1</source>
        <translation>לא חד־משמעי: או %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> או </translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; reads the captured output, which Allure does not have</source>
        <translation>הכלל &quot;%1&quot; קורא את הפלט שנלכד, ול־Allure אין כזה</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; cannot be written as an Allure full-match regex (%2)</source>
        <translation>את הכלל &quot;%1&quot; אי אפשר לכתוב כביטוי רגולרי של Allure שמתאים לטקסט כולו (%2)</translation>
    </message>
    <message>
        <source>%1: more than %2 MB is too large for a rules file</source>
        <translation>%1: יותר מ־%2 MB זה גדול מדי לקובץ כללים</translation>
    </message>
</context>
<context>
    <name>fathom::FailureTableModel</name>
    <message>
        <source>No rule matched this failure.</source>
        <translation>אף כלל לא התאים לכשל זה.</translation>
    </message>
    <message>
        <source>Found in the failure&apos;s %1.</source>
        <translation>נמצא ב־%1 של הכשל.</translation>
    </message>
    <message>
        <source>The root-cause category the rules sorted this failure into.</source>
        <translation>קטגוריית גורם השורש שאליה מיינו הכללים את הכשל.</translation>
    </message>
    <message>
        <source>The rule that decided the category: the first one that matched, in the rules&apos; order.</source>
        <translation>הכלל שהכריע את הקטגוריה: הראשון שהתאים, לפי סדר הכללים.</translation>
    </message>
    <message>
        <source>The text the rule matched, in the message, the traceback or the captured output.</source>
        <translation>הטקסט שהכלל התאים, בהודעה, בעקבת הקריאות או בפלט שנלכד.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>טסט</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>כלל</translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation>טקסט שהותאם</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>A likely cause: only the test&apos;s captured log matched this rule, nothing the failure itself said.</source>
        <translation>סיבה סבירה: רק הלוג שהטסט אסף התאים לכלל הזה, לא שום דבר שהכישלון עצמו אמר.</translation>
    </message>
    <message>
        <source>The first rule that matched the failure&apos;s message, or else its trace.</source>
        <translation>הכלל הראשון שהתאים להודעת הכישלון, ואם אין כזה – ל־trace שלו.</translation>
    </message>
    <message>
        <source>Ambiguous: the text fits this cause and others (%1). A measurement can settle it.</source>
        <translation>לא חד־משמעי: הטקסט מתאים לסיבה הזו וגם לאחרות (%1). מדידה יכולה להכריע.</translation>
    </message>
    <message>
        <source>Likely: only a strong but indirect sign points here.</source>
        <translation>סביר: רק סימן חזק אבל עקיף מצביע לכאן.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Likely: the text fitted several causes, and a measurement decided: %1.</source>
        <translation>סביר: הטקסט התאים לכמה גורמים, ומדידה הכריעה: %1.</translation>
    </message>
</context>
<context>
    <name>fathom::HistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Read the run history again.</source>
        <translation>קריאת היסטוריית ההרצות מחדש.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Delete the selected runs from the history.</source>
        <translation>מחיקת ההרצות הנבחרות מההיסטוריה.</translation>
    </message>
    <message>
        <source>The run history could not be opened; see the status bar.</source>
        <translation>לא ניתן היה לפתוח את היסטוריית ההרצות; ראו את שורת המצב.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>הרצה %1</translation>
    </message>
    <message>
        <source>Latency in ms; ✗ marks a level that failed.</source>
        <translation>זמן תגובה ב־ms; ‏✗ מסמן רמה שנכשלה.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>מחיקת הרצות</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>למחוק הרצה %n מההיסטוריה? לא ניתן לבטל זאת.</numerusform>
            <numerusform>למחוק %n הרצות מההיסטוריה? לא ניתן לבטל זאת.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the selected discovery&apos;s steps and chart in the Discovery tab, or the selected test run&apos;s diagnosis in the Diagnosis tab.</source>
        <translation>הצגת השלבים והתרשים של הגילוי שנבחר בלשונית הגילוי, או את האבחון של הרצת הטסטים שנבחרה בלשונית האבחון.</translation>
    </message>
    <message>
        <source>Select two discoveries (capacity, latency per level and error classes side by side) or two test runs (new, fixed and still failing tests; each root cause and unique error before → after).</source>
        <translation>בחרו שני גילויים (קיבולת, זמני תגובה לכל רמה וסוגי שגיאות זה לצד זה) או שתי הרצות טסטים (טסטים שנכשלו לראשונה, שתוקנו ושעדיין נכשלים; כל גורם שורש וכל שגיאה ייחודית לפני ← אחרי).</translation>
    </message>
    <message>
        <source>Select exactly two discoveries, or two test runs, to compare (Ctrl+click).</source>
        <translation>בחרו בדיוק שני גילויים, או שתי הרצות טסטים, להשוואה (Ctrl+לחיצה).</translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>שגיאה ייחודית אחת</numerusform>
            <numerusform>%n שגיאות ייחודיות</numerusform>
        </translation>
    </message>
    <message>
        <source>Suite %1.</source>
        <translation>סוויטה %1.</translation>
    </message>
    <message>
        <source>Suite %1, revision %2.</source>
        <translation>סוויטה %1, גרסה %2.</translation>
    </message>
    <message>
        <source>Open shows it in the Diagnosis tab; select two test runs and Compare to see what changed.</source>
        <translation>פתיחה מציגה אותה בלשונית האבחון; בחרו שתי הרצות טסטים והשוואה כדי לראות מה השתנה.</translation>
    </message>
    <message>
        <source>Test run %1 (%2) → test run %3 (%4)</source>
        <translation>הרצת טסטים %1 (%2) ← הרצת טסטים %3 (%4)</translation>
    </message>
    <message>
        <source>New failures (%1)</source>
        <translation>כשלים חדשים (%1)</translation>
    </message>
    <message>
        <source>Fixed (%1)</source>
        <translation>תוקנו (%1)</translation>
    </message>
    <message>
        <source>Failing otherwise than before (%1)</source>
        <translation>נכשלים אחרת מקודם (%1)</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … ועוד %1</translation>
    </message>
    <message>
        <source>Unique errors</source>
        <translation>שגיאות ייחודיות</translation>
    </message>
    <message>
        <source>Measured before run %1:</source>
        <translation>נמדד לפני הרצה %1:</translation>
    </message>
    <message>
        <source>Load-induced: they fail only above the server&apos;s capacity</source>
        <translation>נגרמים מעומס: נכשלים רק מעל הקיבולת של השרת</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>לא יציבים (flaky)</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>מוכר: %1</translation>
    </message>
</context>
<context>
    <name>fathom::HttpEngine</name>
    <message>
        <source>no access token: %1</source>
        <translation>אין אסימון גישה: %1</translation>
    </message>
    <message>
        <source>circuit breaker is OPEN: request not sent</source>
        <translation>מפסק הזרם פתוח (OPEN): הבקשה לא נשלחה</translation>
    </message>
    <message>
        <source>circuit breaker is %1: request not sent</source>
        <translation>מפסק הזרם במצב %1: הבקשה לא נשלחה</translation>
    </message>
    <message>
        <source>waited %1 ms for a free connection (pool of %2, all busy)</source>
        <translation>המתין %1 ms לחיבור פנוי (מאגר של %2, כולם תפוסים)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
</context>
<context>
    <name>fathom::JUnitImporter</name>
    <message>
        <source>
… [%1 characters cut] …
</source>
        <translation>
… [%1 תווים נחתכו] …
</translation>
    </message>
    <message>
        <source>the file declares a document type (DTD); JUnit reports have none, and its entities could expand without bound, so it is refused</source>
        <translation>הקובץ מצהיר על סוג מסמך (DTD); לדוחות JUnit אין כזה, והישויות שלו עלולות להתרחב ללא גבול, ולכן הוא נדחה</translation>
    </message>
    <message>
        <source>this is XML but not a JUnit report: the root element is &lt;%1&gt;, expected &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation>זהו XML אך לא דוח JUnit: אלמנט השורש הוא &lt;%1&gt;, צפוי &lt;testsuites&gt; או &lt;testsuite&gt;</translation>
    </message>
    <message>
        <source>the file has no XML element at all</source>
        <translation>אין בקובץ שום אלמנט XML</translation>
    </message>
    <message>
        <source>the file is empty: it holds no report</source>
        <translation>הקובץ ריק: אין בו דוח</translation>
    </message>
    <message>
        <source>the file ends in the middle of the report: it was cut off, or it was still being written when read (%1)</source>
        <translation>הקובץ נגמר באמצע הדוח: הוא נקטע, או שעוד נכתב כשנקרא (%1)</translation>
    </message>
    <message>
        <source>the text is not valid in its encoding (%1): save the file as UTF-8, or declare its encoding in &lt;?xml … encoding=&quot;…&quot;?&gt;</source>
        <translation>הטקסט אינו תקין בקידוד שלו (%1): שמרו את הקובץ כ־UTF-8, או הצהירו על הקידוד שלו ב־&lt;?xml … encoding=&quot;…&quot;?&gt;</translation>
    </message>
    <message>
        <source>this is not XML (%1); JUnit reports are XML files</source>
        <translation>זה לא XML ‏(%1); דוחות JUnit הם קובצי XML</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML לא תקין מבנית: %1</translation>
    </message>
    <message>
        <source>cannot be read as XML: %1</source>
        <translation>לא ניתן לקרוא כ־XML: %1</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>הייבוא בוטל</translation>
    </message>
    <message>
        <source>test suites nested more than %1 deep</source>
        <translation>חבילות טסטים מקוננות ליותר מ־%1 רמות</translation>
    </message>
    <message>
        <source>%1: suite &quot;%2&quot; says it has %3 tests, but %4 are in the file</source>
        <translation>%1: הסוויטה &quot;%2&quot; אומרת שיש בה %3 טסטים, אך בקובץ יש %4</translation>
    </message>
    <message>
        <source>%1:%2: the texts of %3 were too long and were cut</source>
        <translation>%1:%2: הטקסטים של %3 היו ארוכים מדי ונחתכו</translation>
    </message>
    <message>
        <source>%1: is a folder; give the JUnit XML files in it</source>
        <translation>%1: זו תיקייה; ציינו את קובצי ה־JUnit XML שבה</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: לא ניתן לפתוח: %2</translation>
    </message>
    <message>
        <source>a tag is longer than %1 bytes; a test runner writes short tags, so the file is refused</source>
        <translation>תגית ארוכה מ־%1 בתים; מריץ טסטים כותב תגיות קצרות, ולכן הקובץ נדחה</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes; JUnit elements have a few, so the file is refused</source>
        <translation>לאלמנט יש יותר מ־%1 מאפיינים; לאלמנטים של JUnit יש מעטים, ולכן הקובץ נדחה</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep; a test report is far shallower, so the file is refused</source>
        <translation>אלמנטים מקוננים לעומק של יותר מ־%1; דוח טסטים רדוד בהרבה, ולכן הקובץ נדחה</translation>
    </message>
</context>
<context>
    <name>fathom::JiraClient</name>
    <message>
        <source>

… (cut to Jira&apos;s size; the attached report has all of it)</source>
        <translation>

… (קוצר לגודל ש־Jira מקבל; הדוח המצורף מכיל את הכול)</translation>
    </message>
    <message>
        <source>No Jira API token is stored: give it in Settings → Jira, or &quot;fathom secret set %1&quot;</source>
        <translation>לא שמור טוקן API של Jira: הזינו אותו בהגדרות ← Jira, או &quot;fathom secret set %1&quot;</translation>
    </message>
    <message>
        <source>The stored Jira API token holds a line break or a control character: store it again</source>
        <translation>טוקן ה־API של Jira ששמור מכיל ירידת שורה או תו בקרה: שמרו אותו מחדש</translation>
    </message>
    <message>
        <source>Creating the issue in %1…</source>
        <translation>פותח את הטיקט ב־%1…</translation>
    </message>
    <message>
        <source>Attaching the report to %1…</source>
        <translation>מצרף את הדוח ל־%1…</translation>
    </message>
    <message>
        <source>Jira&apos;s answer (%1) names no issue created: is %2 a Jira site?</source>
        <translation>התשובה של Jira ‏(%1) לא מציינת טיקט שנפתח: האם %2 הוא אתר Jira?</translation>
    </message>
    <message>
        <source>Jira answered %1 to the attachment</source>
        <translation>Jira ענה %1 לקובץ המצורף</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
    <message>
        <source>Jira&apos;s answer was larger than 1 MB: is %1 a Jira site?</source>
        <translation>התשובה של Jira הייתה גדולה מ־1 MB: האם %1 הוא אתר Jira?</translation>
    </message>
    <message>
        <source> Jira says: %1</source>
        <translation> ‏Jira אומר: %1</translation>
    </message>
    <message>
        <source>Jira refused the attachment (400).%1</source>
        <translation>Jira דחה את הקובץ המצורף (400).%1</translation>
    </message>
    <message>
        <source>Jira refused the issue (400).%1 Check the project key and the issue type in Settings → Jira: the type must be one the project has.</source>
        <translation>Jira דחה את הטיקט (400).%1 בדקו את מפתח הפרויקט ואת סוג הטיקט בהגדרות ← Jira: הסוג חייב להיות אחד שיש בפרויקט.</translation>
    </message>
    <message>
        <source>Jira did not accept the user and API token (401). Check the user (on Jira Cloud, the account&apos;s e-mail; empty for a Data Center personal access token) and store the token again.</source>
        <translation>Jira לא קיבל את המשתמש ואת טוקן ה־API ‏(401). בדקו את המשתמש (ב־Jira Cloud, כתובת המייל של החשבון; ריק עבור personal access token של Data Center) ושמרו את הטוקן מחדש.</translation>
    </message>
    <message>
        <source>Jira asks for a CAPTCHA after failed logins (403): log in to %1 in a browser once, then try again.</source>
        <translation>Jira דורש CAPTCHA אחרי כניסות שנכשלו (403): היכנסו ל־%1 בדפדפן פעם אחת, ואז נסו שוב.</translation>
    </message>
    <message>
        <source>The user may not attach files in %1 (403).%2</source>
        <translation>למשתמש אין הרשאה לצרף קבצים ב־%1 ‏(403).%2</translation>
    </message>
    <message>
        <source>The user may not create issues in %1 (403).%2</source>
        <translation>למשתמש אין הרשאה לפתוח טיקטים ב־%1 ‏(403).%2</translation>
    </message>
    <message>
        <source>There is no Jira REST API at %1 (404): check the address, with its context path if the site has one (e.g. https://host/jira).</source>
        <translation>אין REST API של Jira בכתובת %1 ‏(404): בדקו את הכתובת, כולל ה־context path אם יש לאתר (למשל https://host/jira).</translation>
    </message>
    <message>
        <source>The report is larger than this Jira accepts as an attachment (413).</source>
        <translation>הדוח גדול ממה שה־Jira הזה מקבל כקובץ מצורף (413).</translation>
    </message>
    <message>
        <source>Jira asks to slow down (429): try again in a minute.%1</source>
        <translation>Jira מבקש להאט (429): נסו שוב בעוד דקה.%1</translation>
    </message>
    <message>
        <source>Jira answered with a redirect (%1) to %2: give that address as Jira&apos;s, in Settings → Jira.</source>
        <translation>Jira ענה בהפניה (%1) אל %2: הזינו את הכתובת הזאת ככתובת של Jira, בהגדרות ← Jira.</translation>
    </message>
    <message>
        <source>Jira failed (%1): try again later.%2</source>
        <translation>Jira נכשל (%1): נסו שוב מאוחר יותר.%2</translation>
    </message>
    <message>
        <source>Jira answered %1.%2</source>
        <translation>Jira ענה %1.%2</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): check Jira&apos;s address.</source>
        <translation>אף אחד לא עונה ב־%1 (החיבור נדחה): בדקו את הכתובת של Jira.</translation>
    </message>
    <message>
        <source>The host of %1 is not found: check Jira&apos;s address.</source>
        <translation>השרת של %1 לא נמצא: בדקו את הכתובת של Jira.</translation>
    </message>
    <message>
        <source>Jira did not answer within %1 s.</source>
        <translation>Jira לא ענה תוך %1 שניות.</translation>
    </message>
    <message>
        <source>Jira at %1 could not be reached: %2</source>
        <translation>לא ניתן להגיע ל־Jira בכתובת %1:‏ %2</translation>
    </message>
    <message>
        <source>Asking %1 who the token belongs to…</source>
        <translation>שואל את %1 למי שייך הטוקן…</translation>
    </message>
    <message>
        <source>Jira answered %1.</source>
        <translation>Jira ענה %1.</translation>
    </message>
    <message>
        <source>%1 answered, but not as Jira does (no user named): is it a Jira site?</source>
        <translation>‏%1 ענה, אבל לא כמו ש־Jira עונה (לא צוין משתמש): האם זה אתר Jira?</translation>
    </message>
    <message>
        <source>Looking for the project %1…</source>
        <translation>מחפש את הפרויקט %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the project %3 (%4) has no issue type &quot;%5&quot;: it has %6.</source>
        <translation>מחובר ל־%1 כ־%2, אבל בפרויקט %3 ‏(%4) אין סוג טיקט &quot;%5&quot;: יש בו %6.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; the project %3 (%4) takes %5 issues.</source>
        <translation>מחובר ל־%1 כ־%2; הפרויקט %3 ‏(%4) מקבל טיקטים מסוג %5.</translation>
    </message>
    <message>
        <source>The user may not see the project %1 (403).%2</source>
        <translation>למשתמש אין הרשאה לראות את הפרויקט %1 ‏(403).%2</translation>
    </message>
    <message>
        <source>There is no project %1 at %2, or the user may not see it (404): check the project key.</source>
        <translation>אין פרויקט %1 ב־%2, או שלמשתמש אין הרשאה לראות אותו (404): בדקו את מפתח הפרויקט.</translation>
    </message>
</context>
<context>
    <name>fathom::JiraConfig</name>
    <message>
        <source>Jira&apos;s address is not set: give the site&apos;s URL, e.g. https://example.atlassian.net</source>
        <translation>הכתובת של Jira לא הוגדרה: הזינו את ה־URL של האתר, למשל https://example.atlassian.net</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: give the Jira site&apos;s URL, e.g. https://example.atlassian.net</source>
        <translation>&quot;%1&quot; אינה כתובת אינטרנט: הזינו את ה־URL של אתר ה־Jira, למשל https://example.atlassian.net</translation>
    </message>
    <message>
        <source>Jira&apos;s address must not hold a user or password: give the user in its own field and the API token in the keychain</source>
        <translation>הכתובת של Jira לא יכולה להכיל משתמש או סיסמה: הזינו את המשתמש בשדה שלו ואת טוקן ה־API במחזיק המפתחות</translation>
    </message>
    <message>
        <source>Jira&apos;s address has a query or a fragment (?… or #…): give only the site, e.g. https://example.atlassian.net</source>
        <translation>בכתובת של Jira יש query או fragment ‏(?… או #…): הזינו רק את האתר, למשל https://example.atlassian.net</translation>
    </message>
    <message>
        <source>Jira&apos;s address uses http: the API token would cross the network unencrypted; use https</source>
        <translation>הכתובת של Jira משתמשת ב־http: טוקן ה־API היה עובר ברשת לא מוצפן; השתמשו ב־https</translation>
    </message>
    <message>
        <source>The Jira project is not set: give its key, e.g. FOCUS (the letters before an issue&apos;s number)</source>
        <translation>פרויקט ה־Jira לא הוגדר: הזינו את המפתח שלו, למשל FOCUS (האותיות שלפני המספר של טיקט)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jira project key: a capital letter, then capital letters, digits or underscores, e.g. FOCUS</source>
        <translation>&quot;%1&quot; אינו מפתח פרויקט של Jira: אות גדולה, ואחריה אותיות גדולות, ספרות או קווים תחתונים, למשל FOCUS</translation>
    </message>
    <message>
        <source>The issue type is not set: give one the project has, e.g. Bug or Task</source>
        <translation>סוג הטיקט לא הוגדר: הזינו סוג שיש בפרויקט, למשל Bug או Task</translation>
    </message>
    <message>
        <source>The issue type or the user is too long for Jira</source>
        <translation>סוג הטיקט או המשתמש ארוכים מדי בשביל Jira</translation>
    </message>
</context>
<context>
    <name>fathom::JiraIssueText</name>
    <message numerus="yes">
        <source>%1: %2 (%n failed test(s))</source>
        <translation>
            <numerusform>%1: %2 (טסט אחד נכשל)</numerusform>
            <numerusform>%1: %2 (%n טסטים נכשלו)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed test(s))</source>
        <translation>
            <numerusform>%1 (טסט אחד נכשל)</numerusform>
            <numerusform>%1 (%n טסטים נכשלו)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unique error</source>
        <translation>שגיאה ייחודית</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>כשל אחד</numerusform>
            <numerusform>%n כשלים</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיות</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Affected tests</source>
        <translation>טסטים מושפעים</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ועוד אחד</numerusform>
            <numerusform>… ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Example</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>Sorted by Fathom from %1.</source>
        <translation>מוין על ידי Fathom מתוך %1.</translation>
    </message>
</context>
<context>
    <name>fathom::JiraReportDialog</name>
    <message>
        <source>Report to Jira</source>
        <translation>דיווח ל־Jira</translation>
    </message>
    <message>
        <source>A new %1 in the project %2 at %3.</source>
        <translation>‏%1 חדש בפרויקט %2 ב־%3.</translation>
    </message>
    <message>
        <source>This error was reported before, as %1: Create makes another issue.</source>
        <translation>השגיאה הזאת כבר דווחה, כ־%1: יצירה תפתח טיקט נוסף.</translation>
    </message>
    <message>
        <source>The issue&apos;s title: one line, at most %1 characters.</source>
        <translation>הכותרת של הטיקט: שורה אחת, לכל היותר %1 תווים.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>תקציר:</translation>
    </message>
    <message>
        <source>In Jira&apos;s wiki markup: the statement, the evidence, the fix, the error&apos;s signature and the affected tests. Add what you know.</source>
        <translation>בסימון ה־wiki של Jira: הקביעה, הראיות, התיקון, החתימה של השגיאה והטסטים שנפגעו. הוסיפו את מה שאתם יודעים.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>Attach the report (HTML, every failure)</source>
        <translation>לצרף את הדוח (HTML, כל הכשלים)</translation>
    </message>
    <message>
        <source>The root-cause report of this run as one HTML file, the failures&apos; texts included. Untick it where the report must not leave the team.</source>
        <translation>דוח גורמי השורש של ההרצה הזאת כקובץ HTML אחד, כולל הטקסטים של הכשלים. בטלו את הסימון כשהדוח לא אמור לצאת מהצוות.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Give the issue a summary.</source>
        <translation>תנו לטיקט תקציר.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>כותב את הדוח…</translation>
    </message>
    <message>
        <source>The report is not attached: %1</source>
        <translation>הדוח לא צורף: %1</translation>
    </message>
    <message>
        <source>The next runs will not show it as known: %1</source>
        <translation>ההרצות הבאות לא יציגו אותו כמוכר: %1</translation>
    </message>
    <message>
        <source>Created &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>נפתח &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
</context>
<context>
    <name>fathom::JiraReporter</name>
    <message>
        <source>Reading the Jira API token from the keychain…</source>
        <translation>קורא את טוקן ה־API של Jira ממחזיק המפתחות…</translation>
    </message>
    <message>
        <source>The Jira API token could not be read from the keychain (%1): store it in Settings → Jira, or with &quot;fathom secret set %2&quot;.</source>
        <translation>לא ניתן לקרוא את טוקן ה־API של Jira ממחזיק המפתחות (%1): שמרו אותו בהגדרות ← Jira, או עם &quot;fathom secret set %2&quot;.</translation>
    </message>
    <message>
        <source>there is no run history to keep it in</source>
        <translation>אין היסטוריית הרצות לשמור אותו בה</translation>
    </message>
</context>
<context>
    <name>fathom::Lane</name>
    <message>
        <source>connect timeout after %1 ms</source>
        <translation>זמן ההתחברות פג אחרי %1 ms</translation>
    </message>
    <message>
        <source>no complete answer %1 ms after the request was sent</source>
        <translation>אין תשובה מלאה %1 ms אחרי שהבקשה נשלחה</translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of %2 bytes, then the connection closed (%3)</source>
        <translation>התשובה נקטעה: %1 מתוך %2 בתים, ואז החיבור נסגר (%3)</translation>
    </message>
</context>
<context>
    <name>fathom::LiveCharts</name>
    <message>
        <source>Window:</source>
        <translation>חלון זמן:</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>דקה</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 דקות</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>כל ההרצה</translation>
    </message>
    <message>
        <source>How much of the past the time charts show.</source>
        <translation>כמה מהעבר מציגים תרשימי הזמן.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <source>Keep the newest data in view; untick to pause the charts and look closely.</source>
        <translation>השארת הנתונים החדשים ביותר בתצוגה; בטלו את הסימון כדי להקפיא את התרשימים ולהתבונן מקרוב.</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>מאגר חיבורים</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>בדרך</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>ממתינות לחיבור</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>גודל המאגר</translation>
    </message>
    <message>
        <source>Requests on the wire and requests waiting in Fathom&apos;s own queue for a free connection. Pool exhaustion looks like the queue rising while &quot;in flight&quot; sits on the pool-size line.</source>
        <translation>בקשות על הקו ובקשות שממתינות בתור של Fathom לחיבור פנוי. מיצוי המאגר נראה כמו תור שעולה בזמן ש&quot;בדרך&quot; צמוד לקו גודל המאגר.</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>מפסק זרם</translation>
    </message>
    <message>
        <source>state</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Failures per second</source>
        <translation>כשלים בשנייה</translation>
    </message>
    <message>
        <source>503 overloaded</source>
        <translation>503 עומס יתר</translation>
    </message>
    <message>
        <source>503 waiting for fibre</source>
        <translation>503 ממתין לסיב</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>טיימאאוטים</translation>
    </message>
    <message>
        <source>other errors</source>
        <translation>שגיאות אחרות</translation>
    </message>
    <message>
        <source>Attempts per second that failed, by class. 503 overloaded (the server refused work) and 503 waiting for fibre (the server has no data source yet) are stacked.</source>
        <translation>ניסיונות בשנייה שנכשלו, לפי סוג. 503 עומס יתר (השרת סירב לג&apos;וב) ו־503 ממתין לסיב (לשרת עוד אין מקור נתונים) מוצגים זה על גבי זה.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Latency histogram (whole run)</source>
        <translation>היסטוגרמת זמני תגובה (כל ההרצה)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>נענו</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>שמירה כ־PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>שמירת התרשים</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>לא ניתן היה לכתוב את %1. בחרו תיקייה שיש לכם הרשאת כתיבה אליה.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>חצי פתוח</translation>
    </message>
    <message>
        <source>open</source>
        <translation>פתוח</translation>
    </message>
    <message>
        <source>Closed: calls pass. Open: calls fail at once without touching the network. Half-open: a few trial calls decide whether it closes again.</source>
        <translation>סגור: הקריאות עוברות. פתוח: הקריאות נכשלות מיד בלי לגעת ברשת. חצי פתוח: כמה קריאות ניסיון מחליטות אם הוא נסגר שוב.</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>מדידות של %1</translation>
    </message>
    <message>
        <source>Latency (successful answers)</source>
        <translation>זמן תגובה (תשובות מוצלחות)</translation>
    </message>
    <message>
        <source>Time from sending a request to its complete successful (2xx) answer, per 100 ms interval: half of the answers were faster than p50, 99 of 100 faster than p99. Refusals such as 503 are not answers here: the histogram below shows them apart. No line where nothing was answered.</source>
        <translation>הזמן משליחת בקשה ועד תשובה מוצלחת (2xx) מלאה, בכל פרק של 100 ms: חצי מהתשובות היו מהירות מ־p50, ו־99 מכל 100 מהירות מ־p99. דחיות כמו 503 אינן תשובות כאן: ההיסטוגרמה למטה מציגה אותן בנפרד. אין קו במקום שבו לא התקבלה שום תשובה.</translation>
    </message>
    <message>
        <source>refused (503, 429, HTTP errors)</source>
        <translation>נדחו: 503, 429 ושגיאות HTTP אחרות</translation>
    </message>
    <message>
        <source>no answer (timeouts, connection errors)</source>
        <translation>בלי תשובה (טיימאאוט או שגיאת חיבור)</translation>
    </message>
    <message>
        <source>How long every attempt of the run took, in log-spaced buckets: answered with success, refused by the server (503, 429 and other HTTP errors, which are often fast), or ended without an answer (a timeout or a connection error, at the time it ended).</source>
        <translation>כמה זמן לקח כל ניסיון בריצה, בתאים בקנה מידה לוגריתמי: נענה בהצלחה, נדחה על ידי השרת (503, 429 ושגיאות HTTP אחרות, שלרוב מהירות), או הסתיים בלי תשובה (טיימאאוט או שגיאת חיבור, בזמן שבו הסתיים).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>breaker %1</source>
        <translation>המפסק %1</translation>
    </message>
    <message>
        <source>%1 s: no data</source>
        <translation>%1 שנ׳: אין נתונים</translation>
    </message>
    <message>
        <source>%1 s — %2</source>
        <translation>%1 שנ׳ — %2</translation>
    </message>
    <message>
        <source>Save its data as CSV…</source>
        <translation>שמירת הנתונים שלו כ־CSV…</translation>
    </message>
    <message>
        <source>Save chart data</source>
        <translation>שמירת נתוני התרשים</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV‏ (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to.</source>
        <translation>לא ניתן היה לכתוב את %1 (%2). בחרו תיקייה שאפשר לכתוב אליה.</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>תא</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>שניות</translation>
    </message>
</context>
<context>
    <name>fathom::LocustExport</name>
    <message>
        <source>--levels: &quot;%1&quot; is not a range FROM-TO/STEP with 1 ≤ FROM ≤ TO ≤ %2 and STEP ≥ 1</source>
        <translation>‎--levels: &quot;%1&quot; אינו טווח FROM-TO/STEP עם 1 ≤ FROM ≤ TO ≤ %2 ו־STEP ≥ 1</translation>
    </message>
    <message>
        <source>--levels: &quot;%1&quot; is neither a level (1 to %2) nor a range like 10-50/10</source>
        <translation>‎--levels: &quot;%1&quot; אינו רמה (1 עד %2) וגם לא טווח כמו 10-50/10</translation>
    </message>
    <message>
        <source>--levels: more than %1 steps</source>
        <translation>‎--levels: יותר מ־%1 צעדים</translation>
    </message>
</context>
<context>
    <name>fathom::LocustImport</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>שורה %1: שדה במירכאות אינו נסגר לעולם</translation>
    </message>
    <message>
        <source>%1: empty; Locust writes it while it runs (locust … --csv PREFIX)</source>
        <translation>%1: ריק; Locust כותב אותו בזמן שהוא רץ (locust … --csv PREFIX)</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot;; is this Locust&apos;s _stats_history.csv?</source>
        <translation>%1: אין עמודה &quot;%2&quot;; האם זה קובץ ה־_stats_history.csv של Locust?</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 fields, the header %4</source>
        <translation>%1: בשורה %2 יש %3 שדות, בכותרת %4</translation>
    </message>
    <message>
        <source>%1: no rows for &quot;%2&quot;</source>
        <translation>%1: אין שורות עבור &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no level ran any users</source>
        <translation>%1: אף רמה לא הריצה משתמשים</translation>
    </message>
    <message>
        <source>imported from Locust</source>
        <translation>יובא מ־Locust</translation>
    </message>
    <message>
        <source>the failures file: %1</source>
        <translation>קובץ הכשלים: %1</translation>
    </message>
    <message>
        <source>the failures file has no Method, Name, Error and Occurrences columns</source>
        <translation>בקובץ הכשלים אין העמודות Method,‏ Name,‏ Error ו־Occurrences</translation>
    </message>
    <message>
        <source>cannot read %1: %2 (give the prefix passed to locust --csv)</source>
        <translation>לא ניתן לקרוא את %1: %2 (ציינו את הקידומת שניתנה ל־locust --csv)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 גדול מ־%2 MB</translation>
    </message>
    <message>
        <source>%1: line %2, column &quot;%3&quot;: &quot;%4&quot; is not a number Locust writes there (a whole count, a finite rate or latency, N/A)</source>
        <translation>%1: שורה %2, עמודה &quot;%3&quot;: &quot;%4&quot; אינו מספר ש־Locust כותב שם (ספירה שלמה, קצב או זמן תגובה סופיים, N/A)</translation>
    </message>
</context>
<context>
    <name>fathom::MainWindow</name>
    <message>
        <source>Fathom</source>
        <translation>Fathom</translation>
    </message>
    <message>
        <source>Runs are not recorded: %1</source>
        <translation>הרצות אינן נרשמות: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>פרופיל: </translation>
    </message>
    <message>
        <source>Your target profiles (Settings → Profiles manages them).</source>
        <translation>פרופילי היעד שלכם (הגדרות ← פרופילים מנהל אותם).</translation>
    </message>
    <message>
        <source>  Target: </source>
        <translation>  יעד: </translation>
    </message>
    <message>
        <source>http://host:port — or open a profile</source>
        <translation>http://host:port — או פתחו פרופיל</translation>
    </message>
    <message>
        <source>The base URL of the job server under test. Press Enter to use it.</source>
        <translation>כתובת ה־URL הבסיסית של שרת הג&apos;ובים הנבדק. הקישו Enter כדי להשתמש בה.</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>פתיחת פרופיל…</translation>
    </message>
    <message>
        <source>Load a target profile (JSON): paths, job, cleanup, auth and client settings (Ctrl+O).</source>
        <translation>טעינת פרופיל יעד (JSON): נתיבים, ג&apos;וב, ניקוי, הזדהות והגדרות לקוח (Ctrl+O).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Edit the target profile: paths, job, cleanup, auth and client settings, checked as you type (Ctrl+E).</source>
        <translation>עריכת פרופיל היעד: נתיבים, ג&apos;וב, ניקוי, הזדהות והגדרות לקוח, נבדקים בזמן ההקלדה (Ctrl+E).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>The target&apos;s state from its health and readiness checks, refreshed every 15 s.</source>
        <translation>מצב היעד לפי בדיקות התקינות והמוכנות שלו, מתרענן כל 15 שניות.</translation>
    </message>
    <message>
        <source>&amp;Discovery</source>
        <translation>&amp;גילוי</translation>
    </message>
    <message>
        <source>&amp;Live charts</source>
        <translation>&amp;תרשימים חיים</translation>
    </message>
    <message>
        <source>&amp;Probes</source>
        <translation>&amp;בדיקות</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis</source>
        <translation>&amp;אבחון</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;פתיחת פרופיל…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>פרופיל &amp;חדש…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;עריכת פרופיל…</translation>
    </message>
    <message>
        <source>&amp;Import test run…</source>
        <translation>&amp;ייבוא הרצת טסטים…</translation>
    </message>
    <message>
        <source>E&amp;xport root-cause report…</source>
        <translation>ייצוא דוח גורמי &amp;שורש…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>ה&amp;רצה</translation>
    </message>
    <message>
        <source>&amp;Start discovery</source>
        <translation>&amp;התחלת גילוי</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <source>&amp;Health probe</source>
        <translation>בדיקת &amp;תקינות</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Fathom</source>
        <translation>&amp;אודות Fathom</translation>
    </message>
    <message>
        <source>Requests sent and finished by the current run&apos;s engine, those in flight, and the breaker state.</source>
        <translation>בקשות שנשלחו והסתיימו במנוע של ההרצה הנוכחית, אלה שבדרך, ומצב המפסק.</translation>
    </message>
    <message>
        <source>Discovery is running</source>
        <translation>גילוי בהרצה</translation>
    </message>
    <message>
        <source>Stop the running discovery and quit? Jobs already created are cleaned up first.</source>
        <translation>לעצור את הגילוי שרץ ולצאת? ג&apos;ובים שכבר נוצרו ינוקו קודם.</translation>
    </message>
    <message>
        <source>Cleaning up the jobs the run created, then quitting…</source>
        <translation>מנקה את הג&apos;ובים שההרצה יצרה, ואז יוצא…</translation>
    </message>
    <message>
        <source>— none: the URL only —</source>
        <translation>— ללא: כתובת ה־URL בלבד —</translation>
    </message>
    <message>
        <source>That profile cannot be used: %1</source>
        <translation>לא ניתן להשתמש בפרופיל זה: %1</translation>
    </message>
    <message>
        <source>Open target profile</source>
        <translation>פתיחת פרופיל יעד</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>פרופילים (*.json)</translation>
    </message>
    <message>
        <source>Profile saved to %1</source>
        <translation>הפרופיל נשמר ב־%1</translation>
    </message>
    <message>
        <source>● unreachable</source>
        <translation>● לא נגיש</translation>
    </message>
    <message>
        <source>● unhealthy</source>
        <translation>● לא תקין</translation>
    </message>
    <message>
        <source>● healthy</source>
        <translation>● תקין</translation>
    </message>
    <message>
        <source>● waiting for fibre</source>
        <translation>● ממתין לסיב</translation>
    </message>
    <message>
        <source>● not ready</source>
        <translation>● לא מוכן</translation>
    </message>
    <message>
        <source>sent %1 · finished %2 · in flight %3 · queued %4 · breaker %5</source>
        <translation>נשלחו %1 · הסתיימו %2 · בדרך %3 · בתור %4 · מפסק %5</translation>
    </message>
    <message>
        <source>About Fathom</source>
        <translation>אודות Fathom</translation>
    </message>
    <message>
        <source>● healthy · readiness not configured</source>
        <translation>● תקין · מוכנות לא מוגדרת</translation>
    </message>
    <message>
        <source>There is no run #%1 in the history.</source>
        <translation>אין ריצה #%1 בהיסטוריה.</translation>
    </message>
    <message>
        <source>The tests talked to %1: the target is now its profile &quot;%2&quot;.</source>
        <translation>הטסטים דיברו עם %1: היעד הוא עכשיו הפרופיל שלו &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The tests talked to %1, not to the target %2: choose that server&apos;s profile, or type its URL, to measure it.</source>
        <translation>הטסטים דיברו עם %1, לא עם היעד %2: כדי למדוד אותו, בחרו את הפרופיל של השרת הזה או הקלידו את ה־URL שלו.</translation>
    </message>
    <message>
        <source>The tests talked to %1: it is the target now.</source>
        <translation>הטסטים דיברו עם %1: הוא היעד עכשיו.</translation>
    </message>
    <message>
        <source>The passphrase of the client key is not in the keychain under &quot;%1&quot; (%2): HTTPS requests to this target will fail. Store it in the profile editor.</source>
        <translation>ססמת המפתח של הלקוח אינה במחזיק המפתחות תחת &quot;%1&quot; (%2): בקשות HTTPS ליעד זה ייכשלו. שמרו אותה בעורך הפרופיל.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>היא ריקה</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;היסטוריה</translation>
    </message>
    <message>
        <source>&amp;Readiness probe</source>
        <translation>בדיקת &amp;מוכנות</translation>
    </message>
    <message>
        <source>&amp;Auth probe</source>
        <translation>בדיקת ה&amp;זדהות</translation>
    </message>
    <message>
        <source>One &amp;job probe</source>
        <translation>בדיקת &amp;ג&apos;וב אחד</translation>
    </message>
    <message>
        <source>&amp;Pool saturation probe</source>
        <translation>בדיקת &amp;רוויית מאגר</translation>
    </message>
    <message>
        <source>T&amp;imeout probe</source>
        <translation>בדיקת &amp;טיימאאוט</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Alt and an underlined letter press that button, or open that tab or menu, in the tab in view.</source>
        <translation>‏Alt ואות עם קו תחתון לוחצים על הכפתור, או פותחים את הלשונית או התפריט, בלשונית שמוצגת.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>The %1 tab</source>
        <translation>הלשונית %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;מדריך למשתמש</translation>
    </message>
    <message>
        <source>Fathom — user guide</source>
        <translation>‏Fathom — מדריך למשתמש</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fathom %1&lt;/h3&gt;&lt;p&gt;Finds out why a test run against an HTTP job server failed — by measuring the server and the client instead of guessing.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: use, change and share it; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fathom %1&lt;/h3&gt;&lt;p&gt;מגלה למה הרצת טסטים מול שרת ג&apos;ובים HTTP נכשלה — באמצעות מדידת השרת והלקוח במקום ניחוש.&lt;/p&gt;&lt;p&gt;Qt %2 (נבנה עם %3).&lt;/p&gt;&lt;p&gt;תוכנה חופשית ברישיון MIT: מותר להשתמש בה, לשנות אותה ולשתף אותה; היא באה ללא אחריות.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fathom::Outcome</name>
    <message>
        <source>succeeded</source>
        <translation>הצליחו</translation>
    </message>
    <message>
        <source>refused by the server (HTTP 4xx)</source>
        <translation>נדחו על ידי השרת (HTTP 4xx)</translation>
    </message>
    <message>
        <source>rejected as overloaded (HTTP 503)</source>
        <translation>נדחו בשל עומס (HTTP 503)</translation>
    </message>
    <message>
        <source>waiting for fibre (HTTP 503)</source>
        <translation>ממתין לסיב (HTTP 503)</translation>
    </message>
    <message>
        <source>server errors (HTTP 5xx)</source>
        <translation>שגיאות שרת (HTTP 5xx)</translation>
    </message>
    <message>
        <source>connect timeouts</source>
        <translation>פסקי זמן בהתחברות</translation>
    </message>
    <message>
        <source>request timeouts</source>
        <translation>פסקי זמן של בקשה</translation>
    </message>
    <message>
        <source>timeouts waiting for a free connection in Fathom&apos;s pool</source>
        <translation>פסקי זמן בהמתנה לחיבור פנוי במאגר של Fathom</translation>
    </message>
    <message>
        <source>refused connections</source>
        <translation>חיבורים שנדחו</translation>
    </message>
    <message>
        <source>connections reset or closed without an answer</source>
        <translation>חיבורים שנקטעו (reset) או נסגרו ללא תשובה</translation>
    </message>
    <message>
        <source>TLS errors</source>
        <translation>שגיאות TLS</translation>
    </message>
    <message>
        <source>names that did not resolve</source>
        <translation>שמות שלא נפתרו</translation>
    </message>
    <message>
        <source>calls stopped by the open circuit breaker</source>
        <translation>קריאות שנעצרו על ידי מפסק הזרם הפתוח</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>a redirect or another answer that is not 2xx (Fathom follows no redirect)</source>
        <translation>הפניה או תשובה אחרת שאינה 2xx ‏(Fathom לא עוקב אחרי הפניות)</translation>
    </message>
    <message>
        <source>rate-limited by the server (HTTP 429)</source>
        <translation>הוגבלו בקצב על ידי השרת (HTTP 429)</translation>
    </message>
</context>
<context>
    <name>fathom::Probe</name>
    <message>
        <source>The profile has no readiness check (readiness_path is empty).</source>
        <translation>לפרופיל אין בדיקת מוכנות (readiness_path ריק).</translation>
    </message>
    <message>
        <source>The server is ready: %1 answered HTTP %2.</source>
        <translation>השרת מוכן: %1 ענה HTTP %2.</translation>
    </message>
    <message>
        <source>The server is waiting for fibre: it answered 503 &quot;%1&quot;. It has no fibre data source yet; jobs would fail, and retrying only adds load. Wait until this probe says ready.</source>
        <translation>השרת ממתין לסיב: הוא ענה 503 &quot;%1&quot;. עוד אין לו מקור נתוני סיב; ג&apos;ובים ייכשלו, וניסיונות חוזרים רק מוסיפים עומס. המתינו עד שבדיקה זו תאמר שהוא מוכן.</translation>
    </message>
    <message>
        <source>The readiness check failed: %1 %2.</source>
        <translation>בדיקת המוכנות נכשלה: %1 %2.</translation>
    </message>
    <message>
        <source>(HTTP %1: %2)</source>
        <translation>(HTTP %1: %2)</translation>
    </message>
    <message>
        <source>The profile uses no authentication: nothing to check.</source>
        <translation>הפרופיל אינו משתמש בהזדהות: אין מה לבדוק.</translation>
    </message>
    <message>
        <source>Could not obtain a token: %1</source>
        <translation>לא ניתן היה להשיג אסימון: %1</translation>
    </message>
    <message>
        <source>A token was obtained; it lives %1 s and is refreshed 30 s before it expires.</source>
        <translation>התקבל אסימון; תוקפו %1 שניות והוא מתחדש 30 שניות לפני שיפוג.</translation>
    </message>
    <message>
        <source>The bearer token was read from the keychain.</source>
        <translation>אסימון ה־bearer נקרא ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>The job failed: %1 %2.</source>
        <translation>הג&apos;וב נכשל: %1 %2.</translation>
    </message>
    <message>
        <source>queued %1 ms, connect and send %2 ms, server %3 ms, total %4 ms</source>
        <translation>בתור %1 ms, חיבור ושליחה %2 ms, שרת %3 ms, סך הכול %4 ms</translation>
    </message>
    <message>
        <source>One job succeeded: %1. No cleanup is configured.</source>
        <translation>ג&apos;וב אחד הצליח: %1. לא הוגדר ניקוי.</translation>
    </message>
    <message>
        <source>One job succeeded end to end: %1; it was cleaned up.</source>
        <translation>ג&apos;וב אחד הצליח מקצה לקצה: %1; הוא נוקה.</translation>
    </message>
    <message>
        <source>The job succeeded (%1) but could not be cleaned up: check the cleanup request and the id field &quot;%2&quot;.</source>
        <translation>הג&apos;וב הצליח (%1) אך לא ניתן היה לנקות אותו: בדקו את בקשת הניקוי ואת שדה המזהה &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 concurrent requests through a pool of %2 waited up to %3 ms for a connection (p99 %4 ms); through a pool of %1 the p99 wait was %5 ms. Every millisecond of that difference is pool exhaustion on the client, not server time.</source>
        <translation>%1 בקשות מקבילות דרך מאגר של %2 המתינו עד %3 ms לחיבור (p99 ‏%4 ms); דרך מאגר של %1 המתנת ה־p99 הייתה %5 ms. כל אלפית שנייה מההפרש הזה היא מיצוי מאגר בצד הלקוח, לא זמן שרת.</translation>
    </message>
    <message>
        <source>The connect timeout (%1 ms) ran out: no connection was made and nothing reached the server. A server that does not accept connections, or a network that drops them.</source>
        <translation>הזמן הקצוב להתחברות (%1 ms) פג: לא נוצר חיבור ושום דבר לא הגיע לשרת. שרת שאינו מקבל חיבורים, או רשת שמפילה אותם.</translation>
    </message>
    <message>
        <source>The request timeout (%1 ms) ran out after the request was sent: the server took longer than that to answer. Its load, not the client&apos;s pool.</source>
        <translation>הזמן הקצוב לבקשה (%1 ms) פג אחרי שהבקשה נשלחה: לשרת לקח יותר מזה לענות. העומס שלו, לא המאגר של הלקוח.</translation>
    </message>
    <message>
        <source>The pool-wait timeout (%1 ms) ran out: the request never got a connection. Pool exhaustion on the client.</source>
        <translation>הזמן הקצוב להמתנה במאגר (%1 ms) פג: הבקשה מעולם לא קיבלה חיבור. מיצוי מאגר בצד הלקוח.</translation>
    </message>
    <message>
        <source>A pool of %1 for %2 requests has nothing to compare: the probe sends the requests through the pool and again through a pool as large as the requests. Choose a pool smaller than the requests.</source>
        <translation>מאגר של %1 עבור %2 בקשות לא משאיר מה להשוות: הבדיקה שולחת את הבקשות דרך המאגר ושוב דרך מאגר בגודל מספר הבקשות. בחרו מאגר קטן ממספר הבקשות.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, not a 2xx: Fathom follows no redirect. Point the profile&apos;s health path at the page itself.</source>
        <translation>%1 ענה HTTP %2, לא 2xx: ‏Fathom לא עוקב אחרי הפניות. כוונו את נתיב בדיקת התקינות בפרופיל לדף עצמו.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to %3: Fathom follows no redirect. Point the profile&apos;s base URL or health path there.</source>
        <translation>%1 ענה HTTP %2, הפניה אל %3: ‏Fathom לא עוקב אחרי הפניות. כוונו לשם את כתובת הבסיס או את נתיב בדיקת התקינות בפרופיל.</translation>
    </message>
    <message>
        <source>Fathom can open %1 connections at once here, fewer than the %2 requests the full pool needs: the descriptor limit (ulimit -n) is %3. Raise it (ulimit -n %4) or send fewer requests.</source>
        <translation>Fathom יכול לפתוח כאן %1 חיבורים בו־זמנית, פחות מ־%2 הבקשות שהמאגר המלא צריך: מגבלת המתארים (ulimit -n) היא %3. הגדילו אותה (ulimit -n %4) או שלחו פחות בקשות.</translation>
    </message>
    <message numerus="yes">
        <source>The job was refused as one of too many requests (HTTP 429): the server limits the request rate and asked to come back after %1 s (Retry-After). %n attempt(s) were made. Measure the rate with fathom discover, and pace the suite below it.</source>
        <translation>
            <numerusform>הג&apos;וב נדחה כאחד מיותר מדי בקשות (HTTP 429): השרת מגביל את קצב הבקשות וביקש לחזור אחרי %1 שניות (Retry-After). נעשה ניסיון אחד. מדדו את הקצב עם fathom discover, וקבעו לטסטים קצב נמוך ממנו.</numerusform>
            <numerusform>הג&apos;וב נדחה כאחד מיותר מדי בקשות (HTTP 429): השרת מגביל את קצב הבקשות וביקש לחזור אחרי %1 שניות (Retry-After). נעשו %n ניסיונות. מדדו את הקצב עם fathom discover, וקבעו לטסטים קצב נמוך ממנו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job was refused as one of too many requests (HTTP 429): the server limits the request rate. %n attempt(s) were made. Measure the rate with fathom discover, and pace the suite below it.</source>
        <translation>
            <numerusform>הג&apos;וב נדחה כאחד מיותר מדי בקשות (HTTP 429): השרת מגביל את קצב הבקשות. נעשה ניסיון אחד. מדדו את הקצב עם fathom discover, וקבעו לטסטים קצב נמוך ממנו.</numerusform>
            <numerusform>הג&apos;וב נדחה כאחד מיותר מדי בקשות (HTTP 429): השרת מגביל את קצב הבקשות. נעשו %n ניסיונות. מדדו את הקצב עם fathom discover, וקבעו לטסטים קצב נמוך ממנו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests failed: %1 of %2 through the pool of %3, and %4 of %2 through a pool of %2 (the comparison); mostly %5. The pool&apos;s effect cannot be told apart from the server&apos;s refusals. Run the probe at a load the server takes (see its capacity).</source>
        <translation>בקשות נכשלו: %1 מתוך %2 דרך המאגר של %3, ו־%4 מתוך %2 דרך מאגר של %2 (ההשוואה); בעיקר %5. אי אפשר להבחין בין השפעת המאגר לבין הדחיות של השרת. הריצו את הבדיקה בעומס שהשרת מקבל (ראו את הקיבולת שלו).</translation>
    </message>
    <message>
        <source>The server has no readiness endpoint at %1 (HTTP 404): readiness is not configured, and only its health is known. Set the profile&apos;s readiness path to the server&apos;s, or leave it empty.</source>
        <translation>לשרת אין נקודת מוכנות ב־%1 (HTTP 404): המוכנות לא מוגדרת, ורק התקינות שלו ידועה. קבעו בפרופיל את נתיב המוכנות של השרת, או השאירו אותו ריק.</translation>
    </message>
    <message>
        <source>The password was read from the keychain.</source>
        <translation>הסיסמה נקראה ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Cancelled: the %1 probe was stopped before it could conclude; nothing is said of the server.</source>
        <translation>בוטל: בדיקת %1 נעצרה לפני שהגיעה למסקנה; לא נאמר דבר על השרת.</translation>
    </message>
    <message>
        <source>The target&apos;s HTTPS could not be trusted or set up: %1. A server signed by the lab&apos;s own CA needs that CA in the profile (client.tls.ca_bundle; the profile editor&apos;s HTTPS tab); a certificate for another name or past its dates is the server&apos;s to fix; a server that asks for a client certificate needs one and its key.</source>
        <translation>לא ניתן היה לסמוך על ה־HTTPS של היעד או להקים אותו: %1. שרת שחתום על ידי ה־CA של המעבדה צריך את ה־CA הזה בפרופיל (client.tls.ca_bundle; לשונית HTTPS בעורך הפרופיל); תעודה לשם אחר או שתוקפה עבר – את זה צריך לתקן בשרת; שרת שמבקש תעודת לקוח צריך תעודה ואת המפתח שלה.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>עדיין אין תשובה</translation>
    </message>
    <message numerus="yes">
        <source>The target did not answer its health check within %1 s, one request&apos;s connect and request timeouts (%n attempt(s); the last that ended: %2). Check that the server runs and answers, and the network between.</source>
        <translation>
            <numerusform>היעד לא ענה לבדיקת התקינות שלו בתוך %1 שניות, זמני ההתחברות והבקשה של בקשה אחת (ניסיון אחד; האחרון שהסתיים: %2). בדקו שהשרת רץ ועונה, ואת הרשת שביניהם.</numerusform>
            <numerusform>היעד לא ענה לבדיקת התקינות שלו בתוך %1 שניות, זמני ההתחברות והבקשה של בקשה אחת (%n ניסיונות; האחרון שהסתיים: %2). בדקו שהשרת רץ ועונה, ואת הרשת שביניהם.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target did not answer its health check: %1 (%2), %n attempt(s) in %3 s. Check the base URL, that the server runs, and the network between.</source>
        <translation>
            <numerusform>היעד לא ענה לבדיקת התקינות שלו: %1 (%2), ניסיון אחד ב־%3 שניות. בדקו את כתובת הבסיס, שהשרת רץ, ואת הרשת שביניהם.</numerusform>
            <numerusform>היעד לא ענה לבדיקת התקינות שלו: %1 (%2), %n ניסיונות ב־%3 שניות. בדקו את כתובת הבסיס, שהשרת רץ, ואת הרשת שביניהם.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the last of %n attempt(s) over %1 s</source>
        <translation>
            <numerusform>, בניסיון האחרון מתוך ניסיון אחד במשך %1 שניות</numerusform>
            <numerusform>, בניסיון האחרון מתוך %n ניסיונות במשך %1 שניות</numerusform>
        </translation>
    </message>
    <message>
        <source>The target is healthy: %1 answered HTTP %2 in %3 ms%4.</source>
        <translation>היעד תקין: %1 ענה HTTP %2 תוך %3 ms%4.</translation>
    </message>
    <message>
        <source>The target is up but unhealthy: %1 answered HTTP %2 (%3) in %4 ms%5.</source>
        <translation>היעד פועל אך אינו תקין: %1 ענה HTTP %2 (%3) תוך %4 ms%5.</translation>
    </message>
    <message>
        <source>health</source>
        <translation>תקינות</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>מוכנות</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>הזדהות</translation>
    </message>
    <message>
        <source>one job</source>
        <translation>ג&apos;וב אחד</translation>
    </message>
    <message>
        <source>pool saturation</source>
        <translation>רוויית מאגר החיבורים</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>טיימאאוט</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Through a pool of %1: %2; p99 wait for a connection %3 ms, p99 total %4 ms.</source>
        <translation>דרך מאגר של %1: %2; המתנה לחיבור p99‏ %3 ms, סך הכול p99‏ %4 ms.</translation>
    </message>
    <message>
        <source>Outcome: %1, HTTP %2.</source>
        <translation>תוצאה: %1, HTTP %2.</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>תוצאה: %1.</translation>
    </message>
    <message>
        <source>The server answered in %1 ms.</source>
        <translation>השרת ענה תוך %1 ms.</translation>
    </message>
    <message>
        <source>Total %1 ms: queued in Fathom %2 ms, connect and send %3 ms, server %4 ms.</source>
        <translation>סך הכול %1 ms: בתור ב־Fathom‏ %2 ms, התחברות ושליחה %3 ms, שרת %4 ms.</translation>
    </message>
    <message>
        <source> (%1 ms in all, with Fathom&apos;s retries and backoff)</source>
        <translation> (%1 ms בסך הכול, כולל הניסיונות החוזרים של Fathom וההמתנה ביניהם)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)%1.</source>
        <translation>
            <numerusform>ניסיון אחד%1.</numerusform>
            <numerusform>%n ניסיונות%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job it created was deleted.</source>
        <translation>הג&apos;וב שנוצר נמחק.</translation>
    </message>
    <message>
        <source>The job it created was NOT deleted.</source>
        <translation>הג&apos;וב שנוצר לא נמחק.</translation>
    </message>
    <message>
        <source>The data (JSON):</source>
        <translation>הנתונים (JSON):</translation>
    </message>
    <message>
        <source>No timeout ran out: the job ended (%1) in %2 ms, within connect %3 ms and request %4 ms.</source>
        <translation>אף טיימאאוט לא פג: הג&apos;וב הסתיים (%1) תוך %2 ms, בתוך התחברות %3 ms ובקשה %4 ms.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>עברה.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>נכשלה.</translation>
    </message>
</context>
<context>
    <name>fathom::ProbesPanel</name>
    <message>
        <source>Is the target up? Status, latency and body of the health path (F5).</source>
        <translation>האם היעד פועל? סטטוס, זמן תגובה וגוף התשובה של נתיב התקינות (F5).</translation>
    </message>
    <message>
        <source>Is the server ready, or still waiting for fibre?</source>
        <translation>האם השרת מוכן, או שעדיין ממתין לסיב?</translation>
    </message>
    <message>
        <source>&amp;Auth</source>
        <translation>ה&amp;זדהות</translation>
    </message>
    <message>
        <source>Obtain a token and report its lifetime; the token itself is never shown.</source>
        <translation>השגת אסימון ודיווח על משך חייו; האסימון עצמו לעולם אינו מוצג.</translation>
    </message>
    <message>
        <source>One &amp;job</source>
        <translation>ג&apos;וב אח&amp;ד</translation>
    </message>
    <message>
        <source>One job end to end, with queue, connect, server and total time, then cleanup.</source>
        <translation>ג&apos;וב אחד מקצה לקצה, עם זמני תור, חיבור, שרת וסך הכול, ואז ניקוי.</translation>
    </message>
    <message>
        <source>200 concurrent jobs through a pool of 10, then of 200: the queue wait is pool exhaustion.</source>
        <translation>200 ג&apos;ובים מקבילים דרך מאגר של 10, ואז של 200: ההמתנה בתור היא מיצוי המאגר.</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;טיימאאוט</translation>
    </message>
    <message>
        <source>What one request does under the configured timeouts, and which phase ran out.</source>
        <translation>מה בקשה אחת עושה תחת הזמנים הקצובים שהוגדרו, ואיזה שלב פג.</translation>
    </message>
    <message>
        <source>Choose a target first: a profile, or a base URL.</source>
        <translation>בחרו קודם יעד: פרופיל, או כתובת URL בסיסית.</translation>
    </message>
    <message>
        <source>Probe results, newest last, each with the server it asked. Select one to see its details.</source>
        <translation>תוצאות הבדיקות, החדשה בסוף, כל אחת עם השרת שנבדק. בחרו שורה כדי לראות את הפרטים.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>רצה…</translation>
    </message>
    <message>
        <source>H&amp;ealth</source>
        <translation>תקי&amp;נות</translation>
    </message>
    <message>
        <source>Readi&amp;ness</source>
        <translation>&amp;מוכנות</translation>
    </message>
    <message>
        <source>Pool &amp;saturation</source>
        <translation>ר&amp;וויית מאגר</translation>
    </message>
    <message>
        <source>No cleanup is configured for this target: the one-job, pool and timeout probes leave the jobs they create on the server (up to 400 for the pool probe), where each holds a slot. Edit the profile (Ctrl+E) and give its cleanup request.</source>
        <translation>לא הוגדר ניקוי ליעד הזה: בדיקות הג&apos;וב האחד, המאגר והטיימאאוט משאירות בשרת את הג&apos;ובים שהן יוצרות (עד 400 בבדיקת המאגר), וכל אחד מהם תופס מקום. ערכו את הפרופיל (Ctrl+E) והגדירו בו בקשת ניקוי.</translation>
    </message>
</context>
<context>
    <name>fathom::ProfileEditor</name>
    <message>
        <source>Target profile</source>
        <translation>פרופיל יעד</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>A name for this target, shown in the run history.</source>
        <translation>שם ליעד זה, שמוצג בהיסטוריית ההרצות.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>כתובת URL בסיסית:</translation>
    </message>
    <message>
        <source>http:// or https:// and the host, e.g. http://focus.example:8080</source>
        <translation>http://‎ או https://‎ והמארח, למשל http://focus.example:8080</translation>
    </message>
    <message>
        <source>Health path:</source>
        <translation>נתיב תקינות:</translation>
    </message>
    <message>
        <source>Answers 200 while the server is up (default /health).</source>
        <translation>עונה 200 כל עוד השרת פועל (ברירת מחדל ‎/health).</translation>
    </message>
    <message>
        <source>Readiness path:</source>
        <translation>נתיב מוכנות:</translation>
    </message>
    <message>
        <source>Answers 503 &quot;waiting for fiber&quot; until the server has data; empty if none.</source>
        <translation>עונה 503 &quot;waiting for fiber&quot; עד שיש לשרת נתונים; ריק אם אין.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ג&apos;וב</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>שיטה:</translation>
    </message>
    <message>
        <source>The HTTP method that creates a job (default POST).</source>
        <translation>שיטת ה־HTTP שיוצרת ג&apos;וב (ברירת מחדל POST).</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>נתיב:</translation>
    </message>
    <message>
        <source>May use {index}, {level} and {attempt}.</source>
        <translation>אפשר להשתמש ב־{index},‏ {level} ו־{attempt}.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>גוף:</translation>
    </message>
    <message>
        <source>JSON; may use {index}, {level} and {attempt}.</source>
        <translation>JSON; אפשר להשתמש ב־{index},‏ {level} ו־{attempt}.</translation>
    </message>
    <message>
        <source>Id field:</source>
        <translation>שדה מזהה:</translation>
    </message>
    <message>
        <source>The field of the answer that holds the job id (default job_id).</source>
        <translation>השדה בתשובה שמכיל את מזהה הג&apos;וב (ברירת מחדל job_id).</translation>
    </message>
    <message>
        <source>Delete each created job afterwards</source>
        <translation>מחיקת כל ג&apos;וב שנוצר לאחר מכן</translation>
    </message>
    <message>
        <source>A job left behind holds a server slot and skews every later level.</source>
        <translation>ג&apos;וב שנשאר מחזיק משבצת בשרת ומעוותת כל רמה מאוחרת יותר.</translation>
    </message>
    <message>
        <source>Cleanup method:</source>
        <translation>שיטת ניקוי:</translation>
    </message>
    <message>
        <source>Default DELETE.</source>
        <translation>ברירת מחדל DELETE.</translation>
    </message>
    <message>
        <source>Cleanup path:</source>
        <translation>נתיב ניקוי:</translation>
    </message>
    <message>
        <source>Must name the id field, e.g. /jobs/{job_id}.</source>
        <translation>חייב לציין את שדה המזהה, למשל ‎/jobs/{job_id}.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>הזדהות</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>אסימון Bearer</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>אישורי לקוח OAuth2</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>כתובת URL של האסימון:</translation>
    </message>
    <message>
        <source>OAuth2: a URL, or a path on the base URL.</source>
        <translation>OAuth2: כתובת URL, או נתיב על כתובת הבסיס.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>מזהה לקוח:</translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation>מזהה לקוח OAuth2.</translation>
    </message>
    <message>
        <source>Keychain key:</source>
        <translation>מפתח במחזיק המפתחות:</translation>
    </message>
    <message>
        <source>Where the secret is kept in the keychain; the profile stores only this key.</source>
        <translation>היכן נשמר הסוד במחזיק המפתחות; הפרופיל שומר רק את המפתח הזה.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>השאירו ריק כדי לשמור על הסוד השמור</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>סוד:</translation>
    </message>
    <message>
        <source>Client (defaults shown)</source>
        <translation>לקוח (מוצגות ברירות המחדל)</translation>
    </message>
    <message>
        <source>Pool size:</source>
        <translation>גודל המאגר:</translation>
    </message>
    <message>
        <source>Real concurrent connections to the target (default 200).</source>
        <translation>חיבורים מקבילים אמיתיים אל היעד (ברירת מחדל 200).</translation>
    </message>
    <message>
        <source>Connect timeout (ms):</source>
        <translation>טיימאאוט התחברות (ms):</translation>
    </message>
    <message>
        <source>Default 10000.</source>
        <translation>ברירת מחדל 10000.</translation>
    </message>
    <message>
        <source>Request timeout (ms):</source>
        <translation>טיימאאוט בקשה (ms):</translation>
    </message>
    <message>
        <source>From request sent to complete answer (default 60000).</source>
        <translation>מהבקשה שנשלחה ועד התשובה המלאה (ברירת מחדל 60000).</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>ניסיונות חוזרים:</translation>
    </message>
    <message>
        <source>With exponential backoff 1 s, 2 s, 4 s… (default 3).</source>
        <translation>עם backoff מעריכי של 1, 2, 4 שניות… (ברירת מחדל 3).</translation>
    </message>
    <message>
        <source>Breaker threshold:</source>
        <translation>סף המפסק:</translation>
    </message>
    <message>
        <source>Consecutive failures that open the circuit breaker (default 5).</source>
        <translation>כשלים רצופים שפותחים את מפסק הזרם (ברירת מחדל 5).</translation>
    </message>
    <message>
        <source>The profile is valid.</source>
        <translation>הפרופיל תקין.</translation>
    </message>
    <message>
        <source>Save target profile</source>
        <translation>שמירת פרופיל יעד</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>פרופילים (*.json)</translation>
    </message>
    <message>
        <source>The secret was not stored, so the profile was not saved: %1</source>
        <translation>הסוד לא נשמר, ולכן הפרופיל לא נשמר: %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1. Choose a folder you can write to.</source>
        <translation>הפרופיל לא נשמר: %1. בחרו תיקייה שיש לכם הרשאת כתיבה אליה.</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>שם משתמש וסיסמה (basic)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>שם משתמש:</translation>
    </message>
    <message>
        <source>Basic: the user name; the password is the secret below.</source>
        <translation>Basic: שם המשתמש; הסיסמה היא הסוד שלמטה.</translation>
    </message>
    <message>
        <source>The client secret (OAuth2), the token (bearer) or the password (basic). Stored in the keychain when you save; never in the profile file.</source>
        <translation>סוד הלקוח (OAuth2), הטוקן (bearer) או הסיסמה (basic). נשמר במחזיק המפתחות בשמירה; אף פעם לא בקובץ הפרופיל.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>libcurl (default: less CPU per request)</source>
        <translation>libcurl (ברירת מחדל: פחות CPU לכל בקשה)</translation>
    </message>
    <message>
        <source>Qt Network</source>
        <translation>Qt Network</translation>
    </message>
    <message>
        <source>The HTTP client Fathom sends with. Both check certificates alike.</source>
        <translation>לקוח ה־HTTP שבו Fathom שולח. שניהם בודקים תעודות באותו אופן.</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>תעבורה:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation>אימות התעודה של השרת ושם המארח</translation>
    </message>
    <message>
        <source>On by default. Checks that a CA you trust signed the server&apos;s certificate, that it is within its dates, and that it names the host in the base URL.</source>
        <translation>מופעל כברירת מחדל. בודק ש־CA שאתם סומכים עליו חתם על תעודת השרת, שהיא בתוקף, ושהיא נושאת את שם המארח שב־URL הבסיס.</translation>
    </message>
    <message>
        <source>Without verification anyone between Fathom and the server can answer in its name and read every token and password sent. Use it only for a lab server whose certificate cannot be checked; better, give its CA below.</source>
        <translation>ללא אימות, כל מי שנמצא בין Fathom לשרת יכול לענות בשמו ולקרוא כל טוקן וססמה שנשלחים. השתמשו בזה רק לשרת מעבדה שאי אפשר לבדוק את התעודה שלו; עדיף לתת את ה־CA שלו למטה.</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>קובץ CA:</translation>
    </message>
    <message>
        <source>A PEM file of the CAs that sign the lab&apos;s servers (an internal CA), trusted besides the system&apos;s. Empty: the system&apos;s CAs only.</source>
        <translation>קובץ PEM של ה־CA שחותמים על שרתי המעבדה (CA פנימי), מהימנים בנוסף לאלה של המערכת. ריק: רק ה־CA של המערכת.</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>תעודת לקוח:</translation>
    </message>
    <message>
        <source>For servers that ask the client for a certificate: a PEM file.</source>
        <translation>לשרתים שמבקשים מהלקוח תעודה: קובץ PEM.</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>מפתח לקוח:</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key, a PEM file; it may be encrypted.</source>
        <translation>המפתח הפרטי של התעודה, קובץ PEM; הוא יכול להיות מוצפן.</translation>
    </message>
    <message>
        <source>Passphrase keychain key:</source>
        <translation>מפתח הססמה במחזיק המפתחות:</translation>
    </message>
    <message>
        <source>Where the key&apos;s passphrase is kept in the keychain; empty when the key is not encrypted.</source>
        <translation>היכן שמורה ססמת המפתח במחזיק המפתחות; ריק כשהמפתח אינו מוצפן.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored passphrase</source>
        <translation>השאירו ריק כדי לשמור על הססמה השמורה</translation>
    </message>
    <message>
        <source>The client key&apos;s passphrase. Stored in the keychain when you save; never in the profile file.</source>
        <translation>ססמת מפתח הלקוח. נשמרת במחזיק המפתחות בעת השמירה; אף פעם לא בקובץ הפרופיל.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ססמה:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>בחירת קובץ PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>קובצי PEM (*.pem *.crt *.key);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>fathom::ProfileLibrary</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>לא ניתן ליצור את התיקייה %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (עותק %2)</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>לא ניתן למחוק את %1: %2</translation>
    </message>
</context>
<context>
    <name>fathom::QtLane</name>
    <message>
        <source>%1 %2 holds no certificate that can be read (a PEM file is needed)</source>
        <translation>%1 %2 אינו מכיל תעודה שאפשר לקרוא (נדרש קובץ PEM)</translation>
    </message>
    <message>
        <source>the CA bundle</source>
        <translation>קובץ ה־CA</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>תעודת הלקוח</translation>
    </message>
    <message>
        <source>the client key %1 cannot be read: not a PEM private key, or its passphrase is missing or wrong</source>
        <translation>לא ניתן לקרוא את מפתח הלקוח %1: אינו מפתח פרטי בפורמט PEM, או שהססמה שלו חסרה או שגויה</translation>
    </message>
</context>
<context>
    <name>fathom::Reader</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>שדה לא מוכר &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; חייב להיות מחרוזת</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; לא יכול להיות ריק</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an HTTP method such as GET or POST, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; חייב להיות שיטת HTTP כגון GET או POST, לא &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path starting with &quot;/&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; חייב להיות נתיב שמתחיל ב־&quot;/&quot;, לא &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; חייב להיות מספר</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from %2 to %3, not %4</source>
        <translation>&quot;%1&quot; חייב להיות בין %2 ל־%3, לא %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>&quot;%1&quot; חייב להיות מספר שלם, לא %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; חייב להיות true או false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; חייב להיות אובייקט</translation>
    </message>
</context>
<context>
    <name>fathom::Recommendations</name>
    <message numerus="yes">
        <source>Limit the suite to %n concurrent job(s): a semaphore of %n around job creation, or %n worker(s). A client pool of %n connection(s) is then enough; a larger pool only turns waits for a connection into 503s.</source>
        <translation>
            <numerusform>הגבילו את הטסטים לג&apos;וב אחד בו־זמנית: סמפור של 1 סביב יצירת הג&apos;ובים, או worker אחד. אז מספיק pool של חיבור אחד בלקוח; pool גדול יותר רק הופך המתנות לחיבור לתשובות 503.</numerusform>
            <numerusform>הגבילו את הטסטים ל־%n ג&apos;ובים בו־זמנית: סמפור של %n סביב יצירת הג&apos;ובים, או %n workers. אז מספיק pool של %n חיבורים בלקוח; pool גדול יותר רק הופך המתנות לחיבור לתשובות 503.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity discovery (run #%1) measured that the server takes %n job(s) at once and turns the rest away.</source>
        <translation>
            <numerusform>גילוי הקיבולת (ריצה #%1) מדד שהשרת מקבל ג&apos;וב אחד בכל פעם ודוחה את השאר.</numerusform>
            <numerusform>גילוי הקיבולת (ריצה #%1) מדד שהשרת מקבל %n ג&apos;ובים בו־זמנית ודוחה את השאר.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure the server&apos;s capacity (fathom discover) before changing the suite&apos;s concurrency or its pool: whether to limit the suite or to enlarge its pool depends on it.</source>
        <translation>מדדו את הקיבולת של השרת (fathom discover) לפני שמשנים את המקביליות של הטסטים או את ה־pool שלהם: ממנה נגזר אם להגביל את הטסטים או להגדיל את ה־pool.</translation>
    </message>
    <message>
        <source>No capacity was measured: a larger pool helps only where the server has room for more jobs than the pool holds.</source>
        <translation>לא נמדדה קיבולת: pool גדול יותר עוזר רק כשלשרת יש מקום ליותר ג&apos;ובים ממה שה־pool מחזיק.</translation>
    </message>
    <message numerus="yes">
        <source>Give a batch of %n job(s) a deadline of at least %1 s, and smaller batches ⌈jobs ÷ %2⌉ × %3 s with the same margin.</source>
        <translation>
            <numerusform>תנו לקבוצה של ג&apos;וב אחד מגבלת זמן של לפחות %1 שנ׳, ולקבוצות קטנות יותר ⌈ג&apos;ובים ÷ %2⌉ × %3 שנ׳ עם אותו מרווח.</numerusform>
            <numerusform>תנו לקבוצה של %n ג&apos;ובים מגבלת זמן של לפחות %1 שנ׳, ולקבוצות קטנות יותר ⌈ג&apos;ובים ÷ %2⌉ × %3 שנ׳ עם אותו מרווח.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1 at a time, %n job(s) take ⌈%n ÷ %1⌉ × %2 s = %3 s; the deadline adds half again.</source>
        <translation>
            <numerusform>ב־%1 בכל פעם, ג&apos;וב אחד לוקח ⌈%n ÷ %1⌉ × %2 שנ׳ = %3 שנ׳; מגבלת הזמן מוסיפה עוד חצי.</numerusform>
            <numerusform>ב־%1 בכל פעם, %n ג&apos;ובים לוקחים ⌈%n ÷ %1⌉ × %2 שנ׳ = %3 שנ׳; מגבלת הזמן מוסיפה עוד חצי.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the tests&apos; deadlines from the work they give: the number of jobs ÷ the server&apos;s capacity × one job&apos;s time, with a margin.</source>
        <translation>קבעו את מגבלות הזמן של הטסטים לפי הג&apos;וב שהם נותנים: מספר הג&apos;ובים ÷ הקיבולת של השרת × הזמן של ג&apos;וב אחד, עם מרווח.</translation>
    </message>
    <message>
        <source>The capacity and one job&apos;s time are not both measured (fathom discover measures both).</source>
        <translation>הקיבולת והזמן של ג&apos;וב אחד לא נמדדו שניהם (fathom discover מודד את שניהם).</translation>
    </message>
    <message>
        <source>Set every request timeout to at least %1 s.</source>
        <translation>קבעו את הטיימאאוט של כל בקשה ל־%1 שנ׳ לפחות.</translation>
    </message>
    <message>
        <source>One job takes %1 s (measured).</source>
        <translation>ג&apos;וב אחד לוקח %1 שנ׳ (נמדד).</translation>
    </message>
    <message>
        <source>One job takes %1 s (measured); the tests&apos; read timeouts of %2 s were shorter.</source>
        <translation>ג&apos;וב אחד לוקח %1 שנ׳ (נמדד); ה־read timeouts של הטסטים, %2 שנ׳, היו קצרים יותר.</translation>
    </message>
    <message>
        <source>One job&apos;s time is not measured.</source>
        <translation>הזמן של ג&apos;וב אחד לא נמדד.</translation>
    </message>
    <message>
        <source>Skip the tests that need fibre until the readiness check passes, and do not retry these 503s.</source>
        <translation>דלגו על הטסטים שצריכים סיב עד שבדיקת המוכנות עוברת, ואל תנסו שוב את תשובות ה־503 האלה.</translation>
    </message>
    <message>
        <source>The server said it was waiting for fibre: a state of the server, not overload.</source>
        <translation>השרת אמר שהוא מחכה לסיב: זה מצב של השרת, לא עומס.</translation>
    </message>
    <message>
        <source>Read the tests&apos; failed assertions: fix the test&apos;s expectation or file the product defect.</source>
        <translation>קראו את ה־assertions שנכשלו בטסטים: תקנו את הציפייה של הטסט או פתחו באג על המוצר.</translation>
    </message>
    <message>
        <source>The server answered; the tests&apos; own expectations failed. No setting above changes that.</source>
        <translation>השרת ענה; הציפיות של הטסטים עצמם נכשלו. שום הגדרה מלמעלה לא משנה את זה.</translation>
    </message>
    <message>
        <source>Measure how long one job takes (fathom probe --kind job, or fathom discover), then set the timeouts above it with a margin.</source>
        <translation>מדדו כמה זמן לוקח ג&apos;וב אחד (fathom probe --kind job, או fathom discover), ואז קבעו את ה־timeouts מעליו עם מרווח.</translation>
    </message>
    <message numerus="yes">
        <source>Give the client a pool of %n connection(s) (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) on every session).</source>
        <translation>
            <numerusform>תנו ללקוח pool של חיבור אחד (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) בכל session).</numerusform>
            <numerusform>תנו ללקוח pool של %n חיבורים (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) בכל session).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server takes %1 jobs at once (run #%2), more than the pool of %n held: requests waited for a connection, not for the server.</source>
        <translation>
            <numerusform>השרת מקבל %1 ג&apos;ובים בו־זמנית (ריצה #%2), יותר ממה שה־pool של חיבור אחד החזיק: הבקשות חיכו לחיבור, לא לשרת.</numerusform>
            <numerusform>השרת מקבל %1 ג&apos;ובים בו־זמנית (ריצה #%2), יותר ממה שה־pool של %n חיבורים החזיק: הבקשות חיכו לחיבור, לא לשרת.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::ReportCharts</name>
    <message>
        <source>No failures</source>
        <translation>אין כשלים</translation>
    </message>
    <message>
        <source>The test files give no times</source>
        <translation>קובצי הטסטים אינם מציינים זמנים</translation>
    </message>
    <message>
        <source>Test start time (estimated from durations); grey: tests started, colours: failures</source>
        <translation>זמן תחילת הטסט (מוערך לפי משכים); אפור: טסטים שהתחילו, צבעים: כשלים</translation>
    </message>
    <message>
        <source>Test start time; grey: tests started, colours: failures</source>
        <translation>זמן תחילת הטסט; אפור: טסטים שהתחילו, צבעים: כשלים</translation>
    </message>
</context>
<context>
    <name>fathom::ReportWriter</name>
    <message>
        <source>test run</source>
        <translation>הרצת טסטים</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>פרופיל</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>נמדד</translation>
    </message>
    <message>
        <source>capacity discovery</source>
        <translation>גילוי קיבולת</translation>
    </message>
    <message>
        <source>%1 probe</source>
        <translation>בדיקת %1</translation>
    </message>
    <message>
        <source>Root-cause report</source>
        <translation>דוח גורמי שורש</translation>
    </message>
    <message>
        <source>%1, from %2.</source>
        <translation>%1, מתוך %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2): %3 failures and %4 errors; %5 passed, %6 skipped.</source>
        <translation>
            <numerusform>%1 מתוך טסט אחד נכשל (%2): %3 כשלים ו־%4 שגיאות; %5 עברו, %6 דולגו.</numerusform>
            <numerusform>%1 מתוך %n טסטים נכשלו (%2): %3 כשלים ו־%4 שגיאות; %5 עברו, %6 דולגו.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 failures (%3) come from the infrastructure — the server, the network or the client&apos;s settings — not from the product&apos;s behaviour.</source>
        <translation>%1 מתוך %2 הכשלים (%3) נובעים מהתשתית — השרת, הרשת או הגדרות הלקוח — ולא מהתנהגות המוצר.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — %4</source>
        <translation>%1: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Nothing failed: there is no root cause to find.</source>
        <translation>שום דבר לא נכשל: אין גורם שורש למצוא.</translation>
    </message>
    <message>
        <source>Failures by category</source>
        <translation>כשלים לפי קטגוריה</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>כשלים</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>חלק</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>תשתית</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Failures per category</source>
        <translation>כשלים לכל קטגוריה</translation>
    </message>
    <message>
        <source>Tests started and failures over the run</source>
        <translation>טסטים שהתחילו וכשלים לאורך ההרצה</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>גורמי שורש</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Likely cause:</source>
        <translation>הגורם הסביר:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>ראיות:</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>מ־%1 עד %2.</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>מתי:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>תיקון:</translation>
    </message>
    <message>
        <source>Capacity and probe results</source>
        <translation>תוצאות קיבולת ובדיקות</translation>
    </message>
    <message>
        <source>No measurements were joined to this diagnosis. Run the probes and capacity discovery against the target, then diagnose again with their runs.</source>
        <translation>לא צורפו מדידות לאבחון זה. הריצו את הבדיקות ואת גילוי הקיבולת מול היעד, ואז אבחנו שוב עם ההרצות שלהם.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>capacity %1 (%2)</source>
        <translation>קיבולת %1 (%2)</translation>
    </message>
    <message>
        <source>Configuration used</source>
        <translation>התצורה שבשימוש</translation>
    </message>
    <message>
        <source>Rules: %1.</source>
        <translation>כללים: %1.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>מובנים</translation>
    </message>
    <message>
        <source>Files: %1.</source>
        <translation>קבצים: %1.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, target %2.</source>
        <translation>פרופיל &quot;%1&quot;, יעד %2.</translation>
    </message>
    <message>
        <source>Client pool %1 connections; at most %2 requests at once; %3 requests per second.</source>
        <translation>מאגר הלקוח %1 חיבורים; לכל היותר %2 בקשות בבת אחת; %3 בקשות בשנייה.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>Timeouts: connect %1 ms, request %2 ms, pool wait %3 ms.</source>
        <translation>טיימאאוטים: התחברות %1 ms, בקשה %2 ms, המתנה במאגר %3 ms.</translation>
    </message>
    <message>
        <source>Retries: %1, backoff factor %2; circuit breaker %3.</source>
        <translation>ניסיונות חוזרים: %1, מקדם backoff %2; מפסק זרם %3.</translation>
    </message>
    <message>
        <source>on, opens after %1 failures</source>
        <translation>פעיל, נפתח אחרי %1 כשלים</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>No target profile was given.</source>
        <translation>לא ניתן פרופיל יעד.</translation>
    </message>
    <message>
        <source>Import warnings:</source>
        <translation>אזהרות ייבוא:</translation>
    </message>
    <message>
        <source>Appendix: every failure</source>
        <translation>נספח: כל הכשלים</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>טסט</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Category and rule</source>
        <translation>קטגוריה וכלל</translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation>טקסט שהותאם</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: לא ניתן לכתוב: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locust ramp</source>
        <translation>סולם Locust</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>מה לעשות, לפי הסדר</translation>
    </message>
    <message>
        <source>%1. %2 Because: %3</source>
        <translation>%1. %2 כי: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Target %1 (no saved profile).</source>
        <translation>יעד %1 (ללא פרופיל שמור).</translation>
    </message>
    <message>
        <source>Measured with</source>
        <translation>נמדד עם</translation>
    </message>
    <message>
        <source>Client settings</source>
        <translation>הגדרות הלקוח</translation>
    </message>
    <message>
        <source>The measurements&apos; own settings:</source>
        <translation>ההגדרות שאיתן נעשו המדידות:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>Unique errors:</source>
        <translation>שגיאות ייחודיות:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the appendix.</source>
        <translation>
            <numerusform>… ועוד אחת, בנספח.</numerusform>
            <numerusform>… ועוד %n, בנספח.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: every unique error</source>
        <translation>נספח: כל השגיאות הייחודיות</translation>
    </message>
    <message>
        <source>%1. Every failure is in the HTML report&apos;s appendix and in the CSV export (fathom diagnose --report FILE.csv).</source>
        <translation>%1. כל הכשלים נמצאים בנספח של דוח ה־HTML ובייצוא ה־CSV ‏(fathom diagnose --report FILE.csv).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the HTML report and the CSV export list them all.</source>
        <translation>
            <numerusform>… ועוד אחת: דוח ה־HTML וייצוא ה־CSV מפרטים את כולן.</numerusform>
            <numerusform>… ועוד %n: דוח ה־HTML וייצוא ה־CSV מפרטים את כולן.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the report&apos;s format comes from its name; end it in .md, .html, .pdf or .csv</source>
        <translation>%1: תבנית הדוח נקבעת לפי שמו; סיימו אותו ב־.md,‏ .html,‏ .pdf או .csv</translation>
    </message>
    <message>
        <source>Test runs compared</source>
        <translation>השוואת הרצות טסטים</translation>
    </message>
    <message>
        <source>Test run %1 (%2, %3) → test run %4 (%5, %6).</source>
        <translation>הרצת טסטים %1 (%2, %3) ← הרצת טסטים %4 (%5, %6).</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>לפני</translation>
    </message>
    <message>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>Unique errors</source>
        <translation>שגיאות ייחודיות</translation>
    </message>
    <message>
        <source>Tests that changed, flaky or load-induced</source>
        <translation>טסטים שהשתנו, לא יציבים או שנגרמו מעומס</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>יציבות</translation>
    </message>
    <message numerus="yes">
        <source>%n other test(s) passed in both runs.</source>
        <translation>
            <numerusform>טסט אחד נוסף עבר בשתי ההרצות.</numerusform>
            <numerusform>%n טסטים נוספים עברו בשתי ההרצות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements of the server</source>
        <translation>מדידות של השרת</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Before run %1:</source>
        <translation>לפני הרצה %1:</translation>
    </message>
    <message>
        <source>%1: a comparison&apos;s report comes from its name; end it in .md, .html or .pdf</source>
        <translation>%1: תבנית דוח ההשוואה נקבעת לפי שמו; סיימו אותו ב־.md,‏ .html או .pdf</translation>
    </message>
    <message>
        <source>%1 · known: %2</source>
        <translation>%1 · מוכר: %2</translation>
    </message>
</context>
<context>
    <name>fathom::RootCauseAnalysis</name>
    <message>
        <source>run #%1, %2</source>
        <translation>הרצה ‎#%1, %2</translation>
    </message>
    <message>
        <source> (times estimated from the tests&apos; durations)</source>
        <translation> (זמנים מוערכים לפי משכי הטסטים)</translation>
    </message>
    <message>
        <source>They are spread over the run: at most %1 of %2 started within %3 s of each other%4.</source>
        <translation>הם פזורים לאורך ההרצה: לכל היותר %1 מתוך %2 התחילו בטווח של %3 שניות זה מזה%4.</translation>
    </message>
    <message>
        <source>%1 of %2 started within %3 s of each other, at %4, %5 s into the run (%6 of its length)%7.</source>
        <translation>%1 מתוך %2 התחילו בטווח של %3 שניות זה מזה, ב־%4, ‏%5 שניות מתחילת ההרצה (%6 מאורכה)%7.</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>לא נמדד: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed test(s), %1 of the failures, e.g. %2.</source>
        <translation>
            <numerusform>טסט אחד נכשל, %1 מהכשלים, למשל %2.</numerusform>
            <numerusform>%n טסטים נכשלו, %1 מהכשלים, למשל %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Recognised by: %1.</source>
        <translation>זוהה על ידי: %1.</translation>
    </message>
    <message>
        <source>Health probe (%1): %2</source>
        <translation>בדיקת תקינות (%1): %2</translation>
    </message>
    <message>
        <source>the server&apos;s capacity — run capacity discovery (fathom discover) and diagnose again with --run ID.</source>
        <translation>קיבולת השרת — הריצו גילוי קיבולת (fathom discover) ואבחנו שוב עם ‎--run ID.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n test(s) ran at the same time (from their start times).</source>
        <translation>
            <numerusform>טסט אחד בכל פעם (לפי זמני ההתחלה).</numerusform>
            <numerusform>עד %n טסטים רצו באותו זמן (לפי זמני ההתחלה).</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source> They cluster at the start of the run, as the suite ramps up.</source>
        <translation> הם מרוכזים בתחילת ההרצה, כשהסוויטה מגבירה קצב.</translation>
    </message>
    <message>
        <source>Pool probe (%1): %2</source>
        <translation>בדיקת מאגר (%1): %2</translation>
    </message>
    <message>
        <source>its pool of %1</source>
        <translation>המאגר שלו, בגודל %1,</translation>
    </message>
    <message>
        <source>The test client ran out of connections: more requests were in flight than %1 holds, so requests waited for a free connection, or connections were discarded and opened again.</source>
        <translation>ללקוח של הטסטים נגמרו החיבורים: יותר בקשות היו בדרך ממה ש%1 מכיל, ולכן בקשות המתינו לחיבור פנוי, או שחיבורים נזרקו ונפתחו מחדש.</translation>
    </message>
    <message>
        <source>The server asked to retry after %1 s (Retry-After).</source>
        <translation>השרת ביקש לנסות שוב אחרי %1 שניות (Retry-After).</translation>
    </message>
    <message numerus="yes">
        <source>The server was overloaded: its measured capacity is %n concurrent job(s), and the suite asked for more at once, so the server refused the rest with 503.</source>
        <translation>
            <numerusform>השרת היה בעומס יתר: הקיבולת הנמדדת שלו היא ג&apos;וב אחד, והסוויטה ביקשה יותר בבת אחת, ולכן השרת דחה את השאר ב־503.</numerusform>
            <numerusform>השרת היה בעומס יתר: הקיבולת הנמדדת שלו היא %n ג&apos;ובים מקבילים, והסוויטה ביקשה יותר בבת אחת, ולכן השרת דחה את השאר ב־503.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit the suite&apos;s concurrency to at most %n job(s) (a semaphore around job creation), retry 503s with exponential backoff honouring Retry-After, or raise the server&apos;s capacity.</source>
        <translation>
            <numerusform>הגבילו את מקביליות הסוויטה לג&apos;וב %n לכל היותר (סמפור סביב יצירת ג&apos;ובים), נסו שוב תשובות 503 עם backoff מעריכי שמכבדת את Retry-After, או הגדילו את קיבולת השרת.</numerusform>
            <numerusform>הגבילו את מקביליות הסוויטה ל־%n ג&apos;ובים לכל היותר (סמפור סביב יצירת ג&apos;ובים), נסו שוב תשובות 503 עם backoff מעריכי שמכבדת את Retry-After, או הגדילו את קיבולת השרת.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered 503 Service Unavailable without a fibre message: it refused work because it was overloaded.</source>
        <translation>השרת ענה 503 Service Unavailable ללא הודעת סיב: הוא סירב לג&apos;וב כי היה בעומס יתר.</translation>
    </message>
    <message>
        <source>Measure the server&apos;s capacity (capacity discovery), then limit the suite&apos;s concurrency to it; retry 503s with exponential backoff honouring Retry-After.</source>
        <translation>מדדו את קיבולת השרת (גילוי קיבולת), ואז הגבילו אליה את מקביליות הסוויטה; נסו שוב תשובות 503 עם backoff מעריכי שמכבדת את Retry-After.</translation>
    </message>
    <message>
        <source>Readiness probe (%1): %2</source>
        <translation>בדיקת מוכנות (%1): %2</translation>
    </message>
    <message>
        <source>Capacity discovery (%1) stopped because the server was waiting for fibre.</source>
        <translation>גילוי הקיבולת (%1) נעצר כי השרת המתין לסיב.</translation>
    </message>
    <message>
        <source>The server had no fibre data source yet and said so (503 &quot;waiting for fibre&quot;). These failures are environmental: not a product defect, and not overload.</source>
        <translation>לשרת עוד לא היה מקור נתוני סיב והוא אמר זאת (503 &quot;waiting for fibre&quot;). כשלים אלה סביבתיים: לא פגם במוצר, ולא עומס יתר.</translation>
    </message>
    <message>
        <source>Skip these tests until the readiness check passes (a &quot;metadata ready&quot; fixture that skips), and do not retry these 503s: retrying only adds load.</source>
        <translation>דלגו על הטסטים האלה עד שבדיקת המוכנות עוברת (fixture של &quot;metadata ready&quot; שמדלג), ואל תנסו שוב תשובות 503 אלה: ניסיון חוזר רק מוסיף עומס.</translation>
    </message>
    <message>
        <source>The client&apos;s connect timeout was %1 s (from the error text).</source>
        <translation>הזמן הקצוב להתחברות של הלקוח היה %1 שניות (לפי טקסט השגיאה).</translation>
    </message>
    <message>
        <source>The server could not be reached: connections timed out, and the health probe failed too. The infrastructure was down; this is not a product bug.</source>
        <translation>לא ניתן היה להגיע לשרת: זמן החיבורים פג, וגם בדיקת התקינות נכשלה. התשתית לא הייתה זמינה; זה אינו באג במוצר.</translation>
    </message>
    <message>
        <source>Connections timed out although the server answers its health check: its accept queue was full (too many connections at once) or the network dropped packets.</source>
        <translation>זמן החיבורים פג אף שהשרת עונה לבדיקת התקינות: תור הקבלה שלו היה מלא (יותר מדי חיבורים בבת אחת) או שהרשת הפילה מנות.</translation>
    </message>
    <message>
        <source>Connections to the server timed out before it accepted them: the server was down, unreachable, or too loaded to accept more connections.</source>
        <translation>זמן החיבורים לשרת פג לפני שקיבל אותם: השרת לא פעל, לא היה נגיש או עמוס מכדי לקבל עוד חיבורים.</translation>
    </message>
    <message>
        <source>Check the server&apos;s health before the suite (a health-check fixture), retry connect errors with exponential backoff (connect=3), and ramp the suite&apos;s concurrency up gradually.</source>
        <translation>בדקו את תקינות השרת לפני הסוויטה (fixture של בדיקת תקינות), נסו שוב שגיאות התחברות עם backoff מעריכי (connect=3), והגבירו את מקביליות הסוויטה בהדרגה.</translation>
    </message>
    <message>
        <source>Job probe (%1): %2</source>
        <translation>בדיקת ג&apos;וב (%1): %2</translation>
    </message>
    <message>
        <source>Nothing accepted connections on the server&apos;s port: the server was down or restarting, or the suite pointed at the wrong port.</source>
        <translation>שום דבר לא קיבל חיבורים בפורט של השרת: השרת לא פעל או היה באתחול, או שהסוויטה הצביעה על פורט שגוי.</translation>
    </message>
    <message>
        <source>Make sure the server runs before the suite starts (a health-check fixture), and retry connect errors with backoff while it restarts.</source>
        <translation>ודאו שהשרת פועל לפני שהסוויטה מתחילה (fixture של בדיקת תקינות), ונסו שוב שגיאות התחברות עם backoff בזמן שהוא מאתחל.</translation>
    </message>
    <message>
        <source>The server, or something between, closed connections without an answer (reset, or closed mid-response): a crash or restart, a proxy&apos;s timeout, or overload shedding.</source>
        <translation>השרת, או משהו שבדרך, סגר חיבורים ללא תשובה (reset, או סגירה באמצע התשובה): קריסה או אתחול, טיימאאוט של פרוקסי, או השלת עומס.</translation>
    </message>
    <message>
        <source>Read the server&apos;s logs at these times; retry idempotent requests on connection errors (read=3); keep the client&apos;s keep-alive shorter than the server&apos;s idle timeout.</source>
        <translation>קראו את יומני השרת בזמנים אלה; נסו שוב בקשות אידמפוטנטיות בשגיאות חיבור (read=3); שמרו את ה־keep-alive של הלקוח קצר מזמן ההמתנה של השרת.</translation>
    </message>
    <message>
        <source>The server&apos;s host name did not resolve on the machine that ran the tests.</source>
        <translation>שם המארח של השרת לא תורגם לכתובת במחשב שהריץ את הטסטים.</translation>
    </message>
    <message>
        <source>Check the host name in the suite&apos;s configuration and the DNS (or /etc/hosts) of the test machine.</source>
        <translation>בדקו את שם המארח בתצורת הסוויטה ואת ה־DNS (או ‎/etc/hosts) של מחשב הטסטים.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the certificate was not trusted, expired or for another name, or the protocol versions did not match.</source>
        <translation>לחיצת היד של TLS נכשלה: האישור לא היה מהימן, פג תוקפו או שייך לשם אחר, או שגרסאות הפרוטוקול לא תאמו.</translation>
    </message>
    <message>
        <source>Give the client the CA bundle that signed the server&apos;s certificate, check the certificate&apos;s name and dates; do not turn verification off.</source>
        <translation>תנו ללקוח את צרור ה־CA שחתם על אישור השרת, בדקו את שם האישור ותאריכיו; אל תכבו את האימות.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; authenticates with %2.</source>
        <translation>הפרופיל &quot;%1&quot; מזדהה באמצעות %2.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>אישורי לקוח OAuth2</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>אסימון bearer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>כלום</translation>
    </message>
    <message>
        <source>Auth probe (%1): %2</source>
        <translation>בדיקת הזדהות (%1): %2</translation>
    </message>
    <message>
        <source>The server refused the credentials (401/403), or a token expired during the run.</source>
        <translation>השרת דחה את האישורים (401/403), או שתוקף אסימון פג במהלך ההרצה.</translation>
    </message>
    <message>
        <source>Check the client id and secret, renew tokens before they expire (a token manager that refreshes), and for 403 give the account the role it needs.</source>
        <translation>בדקו את מזהה הלקוח והסוד, חדשו אסימונים לפני שיפוג תוקפם (מנהל אסימונים שמרענן), ועבור 403 תנו לחשבון את התפקיד שהוא צריך.</translation>
    </message>
    <message>
        <source>The server failed while handling requests (500, 502, 504…): a defect in the server or a broken deployment behind a proxy.</source>
        <translation>השרת נכשל בזמן טיפול בבקשות (500, 502, 504…): פגם בשרת או פריסה שבורה מאחורי פרוקסי.</translation>
    </message>
    <message>
        <source>Read the server&apos;s logs at these times: these are product or deployment defects, not test flakiness.</source>
        <translation>קראו את יומני השרת בזמנים אלה: אלה פגמים במוצר או בפריסה, לא חוסר יציבות של הטסטים.</translation>
    </message>
    <message>
        <source>The server answered, but not as the test expected: the test&apos;s own assertion failed. This is not an infrastructure failure; it is a product or a test defect.</source>
        <translation>השרת ענה, אך לא כפי שהטסט ציפה: ה־assertion של הטסט עצמו נכשל. זה אינו כשל תשתית; זה פגם במוצר או בטסט.</translation>
    </message>
    <message>
        <source>Read the assertion and the answer, then file it against the product or fix the test.</source>
        <translation>קראו את ה־assertion ואת התשובה, ואז פתחו באג על המוצר או תקנו את הטסט.</translation>
    </message>
    <message>
        <source>No rule recognised these failures.</source>
        <translation>אף כלל לא זיהה כשלים אלה.</translation>
    </message>
    <message>
        <source>Read them and add a rule (Diagnosis → Rules, or --rules FILE) so that the next run sorts them.</source>
        <translation>קראו אותם והוסיפו כלל (אבחון ← כללים, או ‎--rules FILE) כדי שההרצה הבאה תמיין אותם.</translation>
    </message>
    <message>
        <source>These failures match the team&apos;s own category &quot;%1&quot;.</source>
        <translation>כשלים אלה מתאימים לקטגוריה של הצוות &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See the category&apos;s description in the team&apos;s rules.</source>
        <translation>ראו את תיאור הקטגוריה בכללי הצוות.</translation>
    </message>
    <message>
        <source>Capacity discovery (%1) against %2 measured no capacity: %3.</source>
        <translation>גילוי הקיבולת (%1) מול %2 לא מדד קיבולת: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The tests waited for batches of up to %n job(s) (&quot;futures unfinished&quot; in the error text).</source>
        <translation>
            <numerusform>הטסטים חיכו לקבוצה של עד ג&apos;וב אחד (&quot;futures unfinished&quot; בטקסט השגיאה).</numerusform>
            <numerusform>הטסטים חיכו לקבוצות של עד %n ג&apos;ובים (&quot;futures unfinished&quot; בטקסט השגיאה).</numerusform>
        </translation>
    </message>
    <message>
        <source>One job takes %1 s (the median of the discovery&apos;s warm-up jobs, sent one at a time).</source>
        <translation>ג&apos;וב אחד לוקח %1 שנ׳ (החציון של ג&apos;ובי החימום של גילוי הקיבולת, שנשלחו אחד־אחד).</translation>
    </message>
    <message>
        <source>The test&apos;s own deadline ran out before the work it gave was done: the requests did not time out, the test stopped waiting for them. This is the test&apos;s setting, not a failure of the server or the network.</source>
        <translation>מגבלת הזמן של הטסט עצמו נגמרה לפני שהג&apos;וב שהוא נתן הסתיים: הבקשות לא נכשלו בטיימאאוט, הטסט הפסיק לחכות להן. זו הגדרה של הטסט, לא כשל של השרת או של הרשת.</translation>
    </message>
    <message>
        <source>Give the deadline the time the work needs: the number of jobs ÷ the server&apos;s capacity × the time one job takes, with a margin. Measure both (fathom discover) and diagnose again with --run ID.</source>
        <translation>תנו למגבלת הזמן את הזמן שהג&apos;וב צריך: מספר הג&apos;ובים ÷ הקיבולת של השרת × הזמן שג&apos;וב אחד לוקח, עם מרווח. מדדו את שניהם (fathom discover) ואבחנו שוב עם ‎--run ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) at %1 at a time (the server&apos;s capacity) take ⌈%n ÷ %1⌉ = %2 times one job&apos;s length: about %3 s, more with retries and their backoff.</source>
        <translation>
            <numerusform>ג&apos;וב אחד, %1 בכל פעם (הקיבולת של השרת), לוקח ⌈%n ÷ %1⌉ = %2 פעמים את משך הג&apos;וב: בערך %3 שנ׳, ויותר עם ניסיונות חוזרים וההמתנה ביניהם.</numerusform>
            <numerusform>%n ג&apos;ובים, %1 בכל פעם (הקיבולת של השרת), לוקחים ⌈%n ÷ %1⌉ = %2 פעמים את משך הג&apos;וב: בערך %3 שנ׳, ויותר עם ניסיונות חוזרים וההמתנה ביניהם.</numerusform>
        </translation>
    </message>
    <message>
        <source> They cluster at the start of the run: the tests ran one after another, and these ran first.</source>
        <translation> הם מרוכזים בתחילת הריצה: הטסטים רצו בזה אחר זה, ואלה רצו ראשונים.</translation>
    </message>
    <message>
        <source> They cluster at the start of the run because the runner ran %1 first (the tests ran one after another).</source>
        <translation> הם מרוכזים בתחילת הריצה כי ה־runner הריץ את %1 ראשון (הטסטים רצו בזה אחר זה).</translation>
    </message>
    <message numerus="yes">
        <source>A Locust ramp (%1) against %2 succeeded at up to %n concurrent job(s) (%3).</source>
        <translation>
            <numerusform>הרצת Locust מדורגת (%1) מול %2 הצליחה עד ג&apos;וב אחד בו־זמנית (%3).</numerusform>
            <numerusform>הרצת Locust מדורגת (%1) מול %2 הצליחה עד %n ג&apos;ובים בו־זמנית (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity discovery (%1) against %2 measured a capacity of %n concurrent job(s) (%3).</source>
        <translation>
            <numerusform>גילוי הקיבולת (%1) מול %2 מדד קיבולת של ג&apos;וב אחד בו־זמנית (%3).</numerusform>
            <numerusform>גילוי הקיבולת (%1) מול %2 מדד קיבולת של %n ג&apos;ובים בו־זמנית (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 שנ׳</translation>
    </message>
    <message>
        <source>The tests&apos; own read timeouts (from their error texts): %1.</source>
        <translation>ה־read timeouts של הטסטים עצמם (מטקסט השגיאה שלהם): %1.</translation>
    </message>
    <message numerus="yes">
        <source>Read timeouts in %n test(s)&apos; error texts: %1 s.</source>
        <translation>
            <numerusform>read timeouts בטקסט השגיאה של טסט אחד: %1 שנ׳.</numerusform>
            <numerusform>read timeouts בטקסטי השגיאה של %n טסטים: %1 שנ׳.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tests&apos; own read timeouts (%1 s) are shorter than one job takes (%2 s, measured): the answers could not come in time.</source>
        <translation>ה־read timeouts של הטסטים עצמם (%1 שנ׳) קצרים ממה שג&apos;וב אחד לוקח (%2 שנ׳, נמדד): התשובות לא יכלו להגיע בזמן.</translation>
    </message>
    <message>
        <source>One job takes %1 s (measured), within the tests&apos; timeouts (%2 s): these requests waited before they were served — for a slot on the server or a connection in the client&apos;s pool — under the load the suite put on it.</source>
        <translation>ג&apos;וב אחד לוקח %1 שנ׳ (נמדד), בתוך ה־timeouts של הטסטים (%2 שנ׳): הבקשות האלה חיכו לפני שטופלו – למקום פנוי בשרת או לחיבור ב־pool של הלקוח – תחת העומס שהטסטים יצרו.</translation>
    </message>
    <message>
        <source>Requests reached the server, but the answers did not come within the client&apos;s timeout. Whether one job takes longer than the timeout or the requests waited under load is not measured.</source>
        <translation>הבקשות הגיעו לשרת, אבל התשובות לא הגיעו בתוך ה־timeout של הלקוח. לא נמדד אם ג&apos;וב אחד לוקח יותר מה־timeout או שהבקשות חיכו תחת עומס.</translation>
    </message>
    <message>
        <source>Raise these tests&apos; read timeouts above one job&apos;s time, with a margin (at least %1 s). Fewer jobs at once would not help: one job alone takes longer.</source>
        <translation>הגדילו את ה־read timeouts של הטסטים האלה מעל הזמן של ג&apos;וב אחד, עם מרווח (לפחות %1 שנ׳). פחות ג&apos;ובים בו־זמנית לא יעזרו: ג&apos;וב אחד לבדו לוקח יותר.</translation>
    </message>
    <message>
        <source>Limit the suite to the server&apos;s capacity so that no request waits for a slot or a connection; then these timeouts hold.</source>
        <translation>הגבילו את הטסטים לקיבולת של השרת כך שאף בקשה לא תחכה למקום או לחיבור; אז ה־timeouts האלה יחזיקו.</translation>
    </message>
    <message>
        <source>whether the server was up — run the health probe (fathom probe --kind health) and diagnose again with --run ID.</source>
        <translation>האם השרת פעל — הריצו את בדיקת התקינות (fathom probe --kind health) ואבחנו שוב עם ‎--run ID.</translation>
    </message>
    <message>
        <source>how long requests wait for a connection at the suite&apos;s concurrency — run the pool probe (fathom probe --kind pool --requests N --pool P).</source>
        <translation>כמה זמן בקשות ממתינות לחיבור ברמת המקביליות של הטסטים — הריצו את בדיקת המאגר (fathom probe --kind pool --requests N --pool P).</translation>
    </message>
    <message>
        <source>whether the server is ready now — run the readiness probe (fathom probe --kind readiness).</source>
        <translation>האם השרת מוכן עכשיו — הריצו את בדיקת המוכנות (fathom probe --kind readiness).</translation>
    </message>
    <message>
        <source>how long one job takes — run the job probe (fathom probe --kind job).</source>
        <translation>כמה זמן לוקח ג&apos;וב אחד — הריצו את בדיקת הג&apos;וב (fathom probe --kind job).</translation>
    </message>
    <message>
        <source>Measure one job&apos;s time (fathom discover or fathom probe --kind job): raise the timeouts above it if it is longer, else limit the suite to the server&apos;s capacity so that requests do not wait. Retry reads only on idempotent requests.</source>
        <translation>מדדו את הזמן של ג&apos;וב אחד (fathom discover או fathom probe --kind job): אם הוא ארוך יותר, הגדילו את ה־timeouts מעליו; אחרת הגבילו את הטסטים לקיבולת של השרת כדי שבקשות לא יחכו. נסו שוב קריאות רק בבקשות אידמפוטנטיות.</translation>
    </message>
    <message>
        <source>whether the credentials work now — run the auth probe (fathom probe --kind auth).</source>
        <translation>האם האישורים עובדים עכשיו — הריצו את בדיקת ההזדהות (fathom probe --kind auth).</translation>
    </message>
    <message>
        <source>Fathom&apos;s profile &quot;%1&quot; (how Fathom connects, not the suite): a pool of %2 connections, at most %3 requests at once.</source>
        <translation>הפרופיל של Fathom &quot;%1&quot; (איך Fathom מתחבר, לא הטסטים): pool של %2 חיבורים, לכל היותר %3 בקשות בו־זמנית.</translation>
    </message>
    <message numerus="yes">
        <source>Fathom&apos;s profile &quot;%1&quot; (how Fathom connects, not the suite): connect timeout %2 s, request timeout %3 s, %n retr(y/ies) with backoff.</source>
        <translation>
            <numerusform>הפרופיל של Fathom &quot;%1&quot; (איך Fathom מתחבר, לא הטסטים): connect timeout של %2 שנ׳, request timeout של %3 שנ׳, ניסיון חוזר אחד עם backoff.</numerusform>
            <numerusform>הפרופיל של Fathom &quot;%1&quot; (איך Fathom מתחבר, לא הטסטים): connect timeout של %2 שנ׳, request timeout של %3 שנ׳, %n ניסיונות חוזרים עם backoff.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ועוד אחד</numerusform>
            <numerusform>%1 ועוד %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The suite&apos;s client kept a pool of %1 connections (&quot;Connection pool size: %1&quot; in the output of %n test(s): %2).</source>
        <translation>
            <numerusform>הלקוח של הטסטים החזיק pool של %1 חיבורים (&quot;Connection pool size: %1&quot; בפלט של טסט אחד: %2).</numerusform>
            <numerusform>הלקוח של הטסטים החזיק pool של %1 חיבורים (&quot;Connection pool size: %1&quot; בפלט של %n טסטים: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its pool did not block (pool_block=False): urllib3 opened more connections than it keeps and discarded them after (&quot;Connection pool is full, discarding connection&quot; in %n test(s)). That is not why a request failed.</source>
        <translation>
            <numerusform>ה־pool שלו לא חסם (pool_block=False): urllib3 פתח יותר חיבורים ממה שהוא שומר וזרק אותם אחר כך (&quot;Connection pool is full, discarding connection&quot; בטסט אחד). זו לא הסיבה שבקשה נכשלה.</numerusform>
            <numerusform>ה־pool שלו לא חסם (pool_block=False): urllib3 פתח יותר חיבורים ממה שהוא שומר וזרק אותם אחר כך (&quot;Connection pool is full, discarding connection&quot; ב־%n טסטים). זו לא הסיבה שבקשה נכשלה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its pool blocked: requests waited for a free connection and gave up (EmptyPoolError in %n test(s)).</source>
        <translation>
            <numerusform>ה־pool שלו חסם: בקשות חיכו לחיבור פנוי ווויתרו (EmptyPoolError בטסט אחד).</numerusform>
            <numerusform>ה־pool שלו חסם: בקשות חיכו לחיבור פנוי ווויתרו (EmptyPoolError ב־%n טסטים).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server takes %n job(s) at once: limit the suite to %n (a semaphore around job creation) and give the client a pool of %n connection(s); a larger pool only turns waits for a connection into 503s.</source>
        <translation>
            <numerusform>השרת מקבל ג&apos;וב אחד בכל פעם: הגבילו את הטסטים ל־1 (סמפור סביב יצירת הג&apos;ובים) ותנו ללקוח pool של חיבור אחד; pool גדול יותר רק הופך המתנות לחיבור לתשובות 503.</numerusform>
            <numerusform>השרת מקבל %n ג&apos;ובים בו־זמנית: הגבילו את הטסטים ל־%n (סמפור סביב יצירת הג&apos;ובים) ותנו ללקוח pool של %n חיבורים; pool גדול יותר רק הופך המתנות לחיבור לתשובות 503.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure the server&apos;s capacity first (fathom discover): where the server has room for more jobs than the pool holds, size the pool to the suite&apos;s concurrency (Python requests: HTTPAdapter(pool_connections=N, pool_maxsize=N) on every session); where it has not, limit the suite to the capacity instead.</source>
        <translation>מדדו קודם את הקיבולת של השרת (fathom discover): כשיש לשרת מקום ליותר ג&apos;ובים ממה שה־pool מחזיק, התאימו את ה־pool למקביליות של הטסטים (Python requests: HTTPAdapter(pool_connections=N, pool_maxsize=N) בכל session); כשאין, הגבילו את הטסטים לקיבולת במקום זאת.</translation>
    </message>
    <message numerus="yes">
        <source>The tests&apos; code starts %1 worker threads (max_workers=%1 in the trace of %n test(s): %2).</source>
        <translation>
            <numerusform>הקוד של הטסטים מפעיל %1 threads (max_workers=%1 ב־trace של טסט אחד: %2).</numerusform>
            <numerusform>הקוד של הטסטים מפעיל %1 threads (max_workers=%1 ב־trace של %n טסטים: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failure(s) name it)</source>
        <translation>
            <numerusform>%1 (כשל אחד מציין אותו)</numerusform>
            <numerusform>%1 (%n כשלים מציינים אותו)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>עוד אחד</numerusform>
            <numerusform>עוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The tests talked to %1.</source>
        <translation>הטסטים פנו אל %1.</translation>
    </message>
    <message>
        <source>The %1 probe of %2 (%3)</source>
        <translation>בדיקת ה־%1 של %2 (%3)</translation>
    </message>
    <message>
        <source>The capacity measured for %1 (%2)</source>
        <translation>הקיבולת שנמדדה עבור %1 (%2)</translation>
    </message>
    <message>
        <source>%1 does not apply: the tests talked to %2.</source>
        <translation>%1 לא רלוונטית: הטסטים פנו אל %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for %2: the tests talked to %3, so its settings are not used.</source>
        <translation>הפרופיל &quot;%1&quot; מיועד ל־%2: הטסטים פנו אל %3, ולכן ההגדרות שלו לא נלקחות בחשבון.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them said too little to tell this cause from another; %1.</source>
        <translation>
            <numerusform>אחד מהם אמר מעט מדי כדי להבחין בין הגורם הזה לאחר; %1.</numerusform>
            <numerusform>%n מהם אמרו מעט מדי כדי להבחין בין הגורם הזה לאחר; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 probe (%2) met it: %3</source>
        <translation>בדיקת ה־%1 (%2) נתקלה בו: %3</translation>
    </message>
    <message>
        <source>the readiness probe (%1) found the server ready, and its measured capacity (%2, %3) is below the %4 tests the suite ran at once</source>
        <translation>בדיקת המוכנות (%1) מצאה שהשרת מוכן, והקיבולת שנמדדה לו (%2, %3) נמוכה מ־%4 הטסטים שהסוויטה הריצה בבת אחת</translation>
    </message>
    <message>
        <source>The test client ran out of connections: more requests were in flight than its pool holds, so requests waited for a free connection, or connections were discarded and opened again.</source>
        <translation>ללקוח של הטסטים נגמרו החיבורים: יותר בקשות היו בדרך ממה שהמאגר שלו מכיל, ולכן בקשות המתינו לחיבור פנוי, או שחיבורים נזרקו ונפתחו מחדש.</translation>
    </message>
    <message>
        <source>%1 is the token server of the profile &quot;%2&quot;, whose server is %3: the measurements of %3 apply.</source>
        <translation>%1 הוא שרת הטוקנים של הפרופיל &quot;%2&quot;, שהשרת שלו הוא %3: המדידות של %3 תקפות.</translation>
    </message>
    <message>
        <source>a user name and password (basic)</source>
        <translation>שם משתמש וסיסמה (basic)</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>כשל אחד</numerusform>
            <numerusform>%n כשלים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>שגיאה ייחודית אחת</numerusform>
            <numerusform>%n שגיאות ייחודיות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::RootCauseListModel</name>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2 (%3%)</translation>
    </message>
    <message>
        <source>All failures — %1</source>
        <translation>כל הכשלים — %1</translation>
    </message>
    <message>
        <source>Every failure of the run, whatever its root cause: search them all.</source>
        <translation>כל הכשלים של ההרצה, מכל גורם שורש: חפשו בכולם.</translation>
    </message>
</context>
<context>
    <name>fathom::RulesEditor</name>
    <message>
        <source>Classification rules</source>
        <translation>כללי סיווג</translation>
    </message>
    <message>
        <source>The rules in order: the first that matches a failure decides its category.</source>
        <translation>הכללים לפי הסדר: הראשון שמתאים לכשל מכריע את הקטגוריה שלו.</translation>
    </message>
    <message>
        <source>The category&apos;s id (as in --json). A new id makes a category of the team&apos;s own.</source>
        <translation>מזהה הקטגוריה (כמו ב־‎--json). מזהה חדש יוצר קטגוריה של הצוות.</translation>
    </message>
    <message>
        <source>The category&apos;s name as Allure shows it; entries of one name form one category.</source>
        <translation>שם הקטגוריה כפי ש־Allure מציג אותו; רשומות באותו שם יוצרות קטגוריה אחת.</translation>
    </message>
    <message>
        <source>This rule&apos;s own name, shown beside each failure it decides.</source>
        <translation>השם של הכלל עצמו, שמוצג ליד כל כשל שהוא מכריע.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Test failures (JUnit &lt;failure&gt;).</source>
        <translation>כשלי טסטים (‏JUnit &lt;failure&gt;).</translation>
    </message>
    <message>
        <source>broken (error)</source>
        <translation>שבור (שגיאה)</translation>
    </message>
    <message>
        <source>Test errors (JUnit &lt;error&gt;), which Allure calls broken.</source>
        <translation>שגיאות טסטים (‏JUnit &lt;error&gt;), ש־Allure קורא להן broken.</translation>
    </message>
    <message>
        <source>A regular expression over the failure&apos;s message.</source>
        <translation>ביטוי רגולרי על הודעת הכשל.</translation>
    </message>
    <message>
        <source>A regular expression over the failure&apos;s whole traceback.</source>
        <translation>ביטוי רגולרי על כל עקבת הקריאות של הכשל.</translation>
    </message>
    <message>
        <source>A regular expression over the message or what the traceback says (its error lines, not the source code it quotes): the usual choice.</source>
        <translation>ביטוי רגולרי על ההודעה או על מה שעקבת הקריאות אומרת (שורות השגיאה שלה, לא קוד המקור שהיא מצטטת): הבחירה הרגילה.</translation>
    </message>
    <message>
        <source>A regular expression over the test&apos;s captured output (system-out, system-err).</source>
        <translation>ביטוי רגולרי על הפלט שנלכד מהטסט (system-out,‏ system-err).</translation>
    </message>
    <message>
        <source>Whole text must match (Allure&apos;s way)</source>
        <translation>כל הטקסט חייב להתאים (בדרך של Allure)</translation>
    </message>
    <message>
        <source>Off: a match anywhere counts. On: the regex must match the whole text, as Allure&apos;s categories do; rules imported from Allure have it on.</source>
        <translation>כבוי: התאמה בכל מקום נחשבת. פעיל: הביטוי חייב להתאים לכל הטקסט, כמו בקטגוריות של Allure; בכללים שיובאו מ־Allure זה פעיל.</translation>
    </message>
    <message>
        <source>Category id:</source>
        <translation>מזהה קטגוריה:</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>שם קטגוריה:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>כלל:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>חל על:</translation>
    </message>
    <message>
        <source>Message or trace:</source>
        <translation>הודעה או עקבה:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>הודעה:</translation>
    </message>
    <message>
        <source>Whole trace:</source>
        <translation>כל העקבה:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>פלט:</translation>
    </message>
    <message>
        <source>The imported failures this rule matches, and the text it matched.</source>
        <translation>הכשלים שיובאו שכלל זה מתאים להם, והטקסט שהותאם.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>A new rule after the selected one.</source>
        <translation>כלל חדש אחרי הכלל הנבחר.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Delete the selected rule.</source>
        <translation>מחיקת הכלל הנבחר.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <source>Earlier: decides before the rules below it.</source>
        <translation>מוקדם יותר: מכריע לפני הכללים שמתחתיו.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <source>Later.</source>
        <translation>מאוחר יותר.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Replace the rules with Fathom&apos;s rules JSON or an Allure categories.json.</source>
        <translation>החלפת הכללים בקובץ הכללים של Fathom ב־JSON או ב־categories.json של Allure.</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>ייבוא כללים</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>Export for Allure…</source>
        <translation>ייצוא עבור Allure…</translation>
    </message>
    <message>
        <source>Write Allure&apos;s categories.json from these rules.</source>
        <translation>כתיבת categories.json של Allure מכללים אלה.</translation>
    </message>
    <message>
        <source>Export for Allure</source>
        <translation>ייצוא עבור Allure</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>Allure reads no captured output; these rules were left out: %1</source>
        <translation>Allure אינו קורא פלט שנלכד; כללים אלה הושמטו: %1</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>כללים מובנים</translation>
    </message>
    <message>
        <source>Start again from Fathom&apos;s built-in rules.</source>
        <translation>התחלה מחדש מהכללים המובנים של Fathom.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 at character %2</source>
        <translation>ביטוי רגולרי לא תקין: %1 בתו %2</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>תנו לקטגוריה שם.</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;): &quot;name&quot; is missing or empty</source>
        <translation>כלל %1 (&quot;%2&quot;): ‏&quot;name&quot; חסר או ריק</translation>
    </message>
    <message>
        <source>rule %1 </source>
        <translation>כלל %1 </translation>
    </message>
    <message>
        <source>Import a test run first to see what each rule matches.</source>
        <translation>ייבאו קודם הרצת טסטים כדי לראות למה כל כלל מתאים.</translation>
    </message>
    <message>
        <source>An earlier rule decides this failure.</source>
        <translation>כלל מוקדם יותר מכריע את הכשל הזה.</translation>
    </message>
    <message>
        <source>This rule matches %1 of the %2 imported failures and decides %3 of them (the others are decided by an earlier rule).</source>
        <translation>כלל זה מתאים ל־%1 מתוך %2 הכשלים שיובאו ומכריע %3 מהם (את האחרים מכריע כלל מוקדם יותר).</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>קטגוריה חדשה</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>כלל חדש</translation>
    </message>
</context>
<context>
    <name>fathom::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>צעדים</translation>
    </message>
</context>
<context>
    <name>fathom::RunOrigin</name>
    <message>
        <source>%1, started %2</source>
        <translation>%1, התחיל ב־%2</translation>
    </message>
    <message>
        <source>“%1” (%2), started %3</source>
        <translation>&quot;%1&quot; (%2), התחיל ב־%3</translation>
    </message>
</context>
<context>
    <name>fathom::RunStore</name>
    <message>
        <source>the run history %1 is damaged (%2). Fathom left it untouched: move it away and a new one will be created.</source>
        <translation>היסטוריית ההרצות %1 פגומה (%2). Fathom לא נגע בה: העבירו אותה למקום אחר וחדשה תיווצר.</translation>
    </message>
    <message>
        <source>the run history %1 is locked by another program (%2); close it and try again.</source>
        <translation>היסטוריית ההרצות %1 נעולה על ידי תוכנה אחרת (%2); סגרו אותה ונסו שוב.</translation>
    </message>
    <message>
        <source>%1 in the run history %2: %3</source>
        <translation>%1 בהיסטוריית ההרצות %2: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the run history</source>
        <translation>לא ניתן ליצור את התיקייה %1 עבור היסטוריית ההרצות</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>לא ניתן לפתוח</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>לא ניתן לקרוא את גרסת הסכמה</translation>
    </message>
    <message>
        <source>the run history %1 was written by a newer Fathom (schema %2, this one knows %3); update Fathom.</source>
        <translation>היסטוריית ההרצות %1 נכתבה בגרסה חדשה יותר של Fathom (סכמה %2, גרסה זו מכירה את %3); עדכנו את Fathom.</translation>
    </message>
    <message>
        <source>cannot migrate to schema %1</source>
        <translation>לא ניתן לעבור לסכמה %1</translation>
    </message>
    <message>
        <source>cannot record the run</source>
        <translation>לא ניתן לרשום את ההרצה</translation>
    </message>
    <message>
        <source>cannot record a step</source>
        <translation>לא ניתן לרשום צעד</translation>
    </message>
    <message>
        <source>cannot record the end of the run</source>
        <translation>לא ניתן לרשום את סיום ההרצה</translation>
    </message>
    <message>
        <source>cannot list the runs</source>
        <translation>לא ניתן לרשום את רשימת ההרצות</translation>
    </message>
    <message>
        <source>cannot read run %1</source>
        <translation>לא ניתן לקרוא את הרצה %1</translation>
    </message>
    <message>
        <source>there is no run %1 in the run history; &quot;fathom runs list&quot; shows them</source>
        <translation>אין הרצה %1 בהיסטוריית ההרצות; &quot;fathom runs list&quot; מציג אותן</translation>
    </message>
    <message>
        <source>cannot read the steps of run %1</source>
        <translation>לא ניתן לקרוא את הצעדים של הרצה %1</translation>
    </message>
    <message>
        <source>cannot delete run %1</source>
        <translation>לא ניתן למחוק את הרצה %1</translation>
    </message>
    <message>
        <source>there is no run %1 in the run history</source>
        <translation>אין הרצה %1 בהיסטוריית ההרצות</translation>
    </message>
    <message>
        <source>rate limit about %1 jobs/s</source>
        <translation>מגבלת קצב של כ־%1 ג&apos;ובים בשנייה</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>קיבולת %1</translation>
    </message>
    <message>
        <source>the run history %1 is empty and cannot be written: %2</source>
        <translation>היסטוריית ההרצות %1 ריקה ואי אפשר לכתוב בה: %2</translation>
    </message>
    <message>
        <source>the run history %1 can be read but not written (its folder or file is read-only): new runs and probes are not saved. Make the folder writable, or set XDG_DATA_HOME to a writable place.</source>
        <translation>אפשר לקרוא את היסטוריית ההרצות %1 אבל לא לכתוב בה (התיקייה או הקובץ לקריאה בלבד): הרצות ובדיקות חדשות לא נשמרות. תנו הרשאת כתיבה לתיקייה, או הגדירו את XDG_DATA_HOME למקום שאפשר לכתוב בו.</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation> (תהליך %1)</translation>
    </message>
    <message>
        <source>run %1 is still running%2: stop it first (Ctrl-C where it runs, or Stop in the window), then delete it</source>
        <translation>הרצה %1 עדיין רצה%2: עצרו אותה קודם (Ctrl-C היכן שהיא רצה, או עצירה בחלון), ואז מחקו אותה</translation>
    </message>
    <message>
        <source>running</source>
        <translation>רצה</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>עברה</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>interrupted (its process ended)</source>
        <translation>נקטעה (התהליך שלה הסתיים)</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>גילוי</translation>
    </message>
    <message>
        <source>Locust ramp</source>
        <translation>סולם Locust</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>%1 probe</source>
        <translation>בדיקת %1</translation>
    </message>
    <message>
        <source>test run</source>
        <translation>הרצת טסטים</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2%)</source>
        <translation>
            <numerusform>%1 מתוך טסט אחד נכשל (%2%)</numerusform>
            <numerusform>%1 מתוך %n טסטים נכשלו (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot record the test run</source>
        <translation>לא ניתן לרשום את הרצת הטסטים</translation>
    </message>
    <message>
        <source>cannot read the test run</source>
        <translation>לא ניתן לקרוא את הרצת הטסטים</translation>
    </message>
    <message>
        <source>run %1 is a %2, not a test run</source>
        <translation>הרצה %1 היא %2, לא הרצת טסטים</translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>שגיאה ייחודית אחת</numerusform>
            <numerusform>%n שגיאות ייחודיות</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot keep the issue&apos;s key</source>
        <translation>לא ניתן לשמור את המפתח של הטיקט</translation>
    </message>
</context>
<context>
    <name>fathom::SettingsDialog</name>
    <message>
        <source>Pool size:</source>
        <translation>גודל המאגר:</translation>
    </message>
    <message>
        <source>Real concurrent connections to the target.</source>
        <translation>חיבורים מקבילים אמיתיים אל היעד.</translation>
    </message>
    <message>
        <source>Connect timeout (ms):</source>
        <translation>טיימאאוט התחברות (ms):</translation>
    </message>
    <message>
        <source>From taking a connection to the request written: DNS, TCP and sending.</source>
        <translation>מלקיחת חיבור ועד שהבקשה נכתבה: DNS,‏ TCP ושליחה.</translation>
    </message>
    <message>
        <source>Request timeout (ms):</source>
        <translation>טיימאאוט בקשה (ms):</translation>
    </message>
    <message>
        <source>From the request written to the complete answer.</source>
        <translation>מהבקשה שנכתבה ועד התשובה המלאה.</translation>
    </message>
    <message>
        <source>Pool wait timeout (ms):</source>
        <translation>טיימאאוט המתנה במאגר (ms):</translation>
    </message>
    <message>
        <source>Longest wait in Fathom&apos;s queue for a free connection; 0 waits forever.</source>
        <translation>ההמתנה הארוכה ביותר בתור של Fathom לחיבור פנוי; 0 ממתין לעולם.</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>ניסיונות חוזרים:</translation>
    </message>
    <message>
        <source>Retries of a failed request (never of 503 waiting for fibre).</source>
        <translation>ניסיונות חוזרים של בקשה שנכשלה (לעולם לא של 503 ממתין לסיב).</translation>
    </message>
    <message>
        <source>First backoff (ms):</source>
        <translation>backoff ראשון (ms):</translation>
    </message>
    <message>
        <source>The wait before the first retry; each next one waits twice as long.</source>
        <translation>ההמתנה לפני הניסיון החוזר הראשון; כל ניסיון הבא ממתין פי שניים.</translation>
    </message>
    <message>
        <source>Breaker threshold:</source>
        <translation>סף המפסק:</translation>
    </message>
    <message>
        <source>Consecutive failures that open the circuit breaker.</source>
        <translation>כשלים רצופים שפותחים את מפסק הזרם.</translation>
    </message>
    <message>
        <source>Breaker open for (ms):</source>
        <translation>המפסק פתוח למשך (ms):</translation>
    </message>
    <message>
        <source>How long the open breaker fails calls at once before trying again.</source>
        <translation>כמה זמן המפסק הפתוח מכשיל קריאות מיד לפני שינסה שוב.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>פרופילים</translation>
    </message>
    <message>
        <source>Client defaults</source>
        <translation>ברירות מחדל של הלקוח</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Profiles in %1</source>
        <translation>פרופילים ב־%1</translation>
    </message>
    <message>
        <source>Your target profiles. Double-click one to work with it.</source>
        <translation>פרופילי היעד שלכם. לחיצה כפולה על אחד כדי לעבוד איתו.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>חדש…</translation>
    </message>
    <message>
        <source>Create a profile, checked as you type.</source>
        <translation>יצירת פרופיל, שנבדק בזמן ההקלדה.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Edit the selected profile.</source>
        <translation>עריכת הפרופיל הנבחר.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>שכפול</translation>
    </message>
    <message>
        <source>Save a copy of the selected profile under a new name.</source>
        <translation>שמירת עותק של הפרופיל הנבחר בשם חדש.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Delete the selected profile, and its secret from the keychain if you wish.</source>
        <translation>מחיקת הפרופיל הנבחר, ואם תרצו גם את הסוד שלו ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>שימוש</translation>
    </message>
    <message>
        <source>Work with the selected profile.</source>
        <translation>לעבוד עם הפרופיל הנבחר.</translation>
    </message>
    <message>
        <source>Check the keychain</source>
        <translation>בדיקת מחזיק המפתחות</translation>
    </message>
    <message>
        <source>Secrets (client secrets, tokens) are kept only in the system keychain. This stores, reads back and deletes a test entry.</source>
        <translation>סודות (סודות לקוח, אסימונים) נשמרים רק במחזיק המפתחות של המערכת. פעולה זו שומרת, קוראת בחזרה ומוחקת רשומת ניסיון.</translation>
    </message>
    <message>
        <source>Used for a target entered as a bare URL and for new profiles. A profile&apos;s own client settings always win.</source>
        <translation>משמש ליעד שהוזן ככתובת URL בלבד ולפרופילים חדשים. הגדרות הלקוח של הפרופיל עצמו תמיד גוברות.</translation>
    </message>
    <message>
        <source>%1 Built-in default: %2.</source>
        <translation>%1 ברירת המחדל המובנית: %2.</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>ברירת מחדל %1</translation>
    </message>
    <message>
        <source>Restore built-in defaults</source>
        <translation>שחזור ברירות המחדל המובנות</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>כמו המערכת</translation>
    </message>
    <message>
        <source>The language of the window, its messages and the reports. Hebrew is laid out right to left.</source>
        <translation>השפה של החלון, ההודעות והדוחות. עברית נפרסת מימין לשמאל.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>שפה:</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often the live charts redraw while a run is going (default %1 Hz). Lower it on a slow machine.</source>
        <translation>באיזו תדירות התרשימים החיים מצוירים מחדש בזמן הרצה (ברירת מחדל %1 Hz). הנמיכו במחשב איטי.</translation>
    </message>
    <message>
        <source>Chart refresh rate:</source>
        <translation>קצב רענון התרשימים:</translation>
    </message>
    <message>
        <source>These client settings do not go together: %1</source>
        <translation>הגדרות הלקוח האלה אינן מתיישבות זו עם זו: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be loaded</source>
        <translation>%1 — לא ניתן לטעון</translation>
    </message>
    <message>
        <source>No profiles yet: New… creates one.</source>
        <translation>עוד אין פרופילים: חדש… יוצר אחד.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
    <message>
        <source>%1 cannot be edited here: %2. Fix the file in a text editor, or delete it.</source>
        <translation>לא ניתן לערוך כאן את %1: %2. תקנו את הקובץ בעורך טקסט, או מחקו אותו.</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>לא שוכפל: %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>עותק נשמר בשם %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>מחיקת פרופיל</translation>
    </message>
    <message>
        <source>Delete the profile %1?</source>
        <translation>למחוק את הפרופיל %1?</translation>
    </message>
    <message>
        <source>Also delete its secret &quot;%1&quot; from the keychain</source>
        <translation>למחוק גם את הסוד שלו &quot;%1&quot; ממחזיק המפתחות</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>לא נמחק: %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>נמחק %1</translation>
    </message>
    <message>
        <source>Deleted the profile and its secret &quot;%1&quot;.</source>
        <translation>הפרופיל והסוד שלו &quot;%1&quot; נמחקו.</translation>
    </message>
    <message>
        <source>The profile is deleted, but its secret was not: %1</source>
        <translation>הפרופיל נמחק, אך הסוד שלו לא: %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>לא ניתן להשתמש ב־%1: %2</translation>
    </message>
    <message>
        <source>Now working with %1.</source>
        <translation>עובדים עכשיו עם %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <source>The keychain is not usable: %1. Fathom never stores secrets in plain text, so profiles that need a secret cannot run until a keychain works.</source>
        <translation>מחזיק המפתחות אינו שמיש: %1. Fathom לעולם אינו שומר סודות כטקסט גלוי, ולכן פרופילים שצריכים סוד לא יוכלו לרוץ עד שמחזיק מפתחות יעבוד.</translation>
    </message>
    <message>
        <source>what was read back differs from what was stored</source>
        <translation>מה שנקרא בחזרה שונה ממה שנשמר</translation>
    </message>
    <message>
        <source>The keychain works: a test secret was stored, read back and deleted.</source>
        <translation>מחזיק המפתחות עובד: סוד ניסיון נשמר, נקרא בחזרה ונמחק.</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>&quot;Report to Jira&quot; in the Diagnosis tab creates an issue for a root cause or a unique error, with the report attached, and the next runs show the error as known. Without these settings, &quot;Copy for Jira&quot; puts the same text on the clipboard.</source>
        <translation>&quot;דיווח ל־Jira&quot; בלשונית האבחון פותח טיקט לגורם שורש או לשגיאה ייחודית, עם הדוח מצורף, וההרצות הבאות מציגות את השגיאה כמוכרת. בלי ההגדרות האלה, &quot;העתקה ל־Jira&quot; שם את אותו טקסט בלוח.</translation>
    </message>
    <message>
        <source>The Jira site, with its context path if it has one (https://host/jira).</source>
        <translation>אתר ה־Jira, כולל ה־context path אם יש לו (https://host/jira).</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>אתר:</translation>
    </message>
    <message>
        <source>The key of the project the issues go to: the letters before an issue&apos;s number.</source>
        <translation>המפתח של הפרויקט שאליו נפתחים הטיקטים: האותיות שלפני המספר של טיקט.</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>מפתח פרויקט:</translation>
    </message>
    <message>
        <source>The type of the issues created, as the project names it (Jira&apos;s own names are in English unless your site renamed them).</source>
        <translation>סוג הטיקטים שנפתחים, כפי שהפרויקט קורא לו (השמות של Jira עצמו באנגלית, אלא אם האתר שלכם שינה אותם).</translation>
    </message>
    <message>
        <source>Issue type:</source>
        <translation>סוג טיקט:</translation>
    </message>
    <message>
        <source>Jira Cloud: your account&apos;s e-mail. Leave it empty with a Jira Data Center personal access token.</source>
        <translation>Jira Cloud: כתובת המייל של החשבון שלכם. השאירו ריק עם personal access token של Jira Data Center.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>משתמש:</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>השאירו ריק כדי לשמור על הקיים</translation>
    </message>
    <message>
        <source>An API token (Jira Cloud: id.atlassian.com → Security → API tokens) or a personal access token. Kept only in the keychain, never in the settings.</source>
        <translation>טוקן API ‏(Jira Cloud: ‏id.atlassian.com ← Security ← API tokens) או personal access token. נשמר רק במחזיק המפתחות, אף פעם לא בהגדרות.</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>טוקן API:</translation>
    </message>
    <message>
        <source>Storing the API token in the keychain…</source>
        <translation>שומר את טוקן ה־API במחזיק המפתחות…</translation>
    </message>
    <message>
        <source>The API token could not be stored in the keychain: %1</source>
        <translation>לא ניתן לשמור את טוקן ה־API במחזיק המפתחות: %1</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>נסו את החיבור</translation>
    </message>
    <message>
        <source>Asks Jira whom the token belongs to and whether the project takes this issue type. Creates nothing.</source>
        <translation>שואל את Jira למי שייך הטוקן והאם הפרויקט מקבל את סוג הטיקט הזה. לא פותח דבר.</translation>
    </message>
    <message>
        <source>Reading the API token from the keychain…</source>
        <translation>קורא את טוקן ה־API ממחזיק המפתחות…</translation>
    </message>
    <message>
        <source>No API token could be read from the keychain (%1): type it in the field above.</source>
        <translation>לא ניתן היה לקרוא טוקן API ממחזיק המפתחות (%1): הקלידו אותו בשדה שלמעלה.</translation>
    </message>
</context>
<context>
    <name>fathom::StepTableModel</name>
    <message>
        <source>pass</source>
        <translation>עבר</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>ניסיון</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>הצליחו</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשלו</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Jobs/s</source>
        <translation>ג&apos;ובים/שנייה</translation>
    </message>
    <message>
        <source>Pool wait p99 ms</source>
        <translation>המתנה במאגר p99 ms</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>מפסק</translation>
    </message>
    <message>
        <source>Main error</source>
        <translation>השגיאה העיקרית</translation>
    </message>
    <message>
        <source>How many jobs ran at the same time in this attempt.</source>
        <translation>כמה ג&apos;ובים רצו בו זמנית בניסיון זה.</translation>
    </message>
    <message>
        <source>An attempt passes when every one of its jobs succeeded.</source>
        <translation>ניסיון עובר כשכל אחד מהג&apos;ובים שלו הצליח.</translation>
    </message>
    <message>
        <source>Half of the jobs took at most this long, from submit to answer.</source>
        <translation>חצי מהג&apos;ובים נמשכו לכל היותר זמן זה, מהשליחה ועד התשובה.</translation>
    </message>
    <message>
        <source>99 of 100 jobs took at most this long.</source>
        <translation>99 מכל 100 ג&apos;ובים נמשכו לכל היותר זמן זה.</translation>
    </message>
    <message>
        <source>Successful jobs per second of the attempt.</source>
        <translation>ג&apos;ובים מוצלחים לכל שנייה של הניסיון.</translation>
    </message>
    <message>
        <source>How long jobs waited for a free connection in the client&apos;s pool (99th percentile).</source>
        <translation>כמה זמן ג&apos;ובים המתינו לחיבור פנוי במאגר הלקוח (אחוזון 99).</translation>
    </message>
    <message>
        <source>The circuit breaker&apos;s state when the attempt ended.</source>
        <translation>מצב מפסק הזרם בסיום הניסיון.</translation>
    </message>
    <message>
        <source>The most frequent failure class among the attempt&apos;s jobs.</source>
        <translation>סוג הכשל השכיח ביותר בין הג&apos;ובים של הניסיון.</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>המתינו</translation>
    </message>
    <message>
        <source>Jobs slower than the slowest warm-up job plus a margin: they most likely waited for a slot. Saturation is claimed only where that many slow jobs cannot be chance, at two levels.</source>
        <translation>ג&apos;ובים שהיו איטיים מג&apos;וב החימום האיטי ביותר ועוד מרווח: כנראה המתינו למקום פנוי. רוויה נקבעת רק כשמספר כזה של ג&apos;ובים איטיים אינו יכול להיות מקרי, בשתי רמות.</translation>
    </message>
    <message>
        <source>Connections the attempt&apos;s jobs opened, and kept-alive ones they reused. Every attempt starts on fresh connections, so none is left open from the one before.</source>
        <translation>החיבורים שהג&apos;ובים של הניסיון פתחו, וחיבורים פתוחים (keep-alive) שבהם השתמשו שוב. כל ניסיון מתחיל בחיבורים חדשים, כך שאף חיבור לא נשאר פתוח מהניסיון הקודם.</translation>
    </message>
    <message>
        <source>New / reused</source>
        <translation>חדשים / חוזרים</translation>
    </message>
</context>
<context>
    <name>fathom::StopReason</name>
    <message>
        <source>capacity found</source>
        <translation>הקיבולת נמצאה</translation>
    </message>
    <message>
        <source>no level passed</source>
        <translation>אף רמה לא עברה</translation>
    </message>
    <message>
        <source>every level up to the maximum passed</source>
        <translation>כל הרמות עד המקסימום עברו</translation>
    </message>
    <message>
        <source>the time budget ran out</source>
        <translation>תקציב הזמן נגמר</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>the server is waiting for fibre</source>
        <translation>השרת ממתין לסיב</translation>
    </message>
    <message>
        <source>the target is unreachable</source>
        <translation>אין גישה למטרה</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>נקטע</translation>
    </message>
    <message>
        <source>the target stayed unhealthy</source>
        <translation>המטרה נשארה לא תקינה</translation>
    </message>
    <message>
        <source>cleanups failed</source>
        <translation>הניקויים נכשלו</translation>
    </message>
    <message>
        <source>Fathom&apos;s own descriptor limit reached</source>
        <translation>הגיע למגבלת המתארים של Fathom עצמו</translation>
    </message>
    <message>
        <source>the server limits the request rate</source>
        <translation>השרת מגביל את קצב הבקשות</translation>
    </message>
</context>
<context>
    <name>fathom::TargetProfile</name>
    <message>
        <source>&quot;base_url&quot; must be an absolute http:// or https:// URL with a host, not &quot;%1&quot;</source>
        <translation>&quot;base_url&quot; חייב להיות כתובת URL מוחלטת מסוג http://‎ או https://‎ עם מארח, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;base_url&quot; is missing: the profile must say where the target is</source>
        <translation>&quot;base_url&quot; חסר: הפרופיל חייב לומר היכן היעד</translation>
    </message>
    <message>
        <source>&quot;job.body&quot; is not JSON once its placeholders are filled: %1 at offset %2</source>
        <translation>&quot;job.body&quot; אינו JSON לאחר מילוי מצייני המקום: %1 בהיסט %2</translation>
    </message>
    <message>
        <source>&quot;auth.secret_key&quot; is missing: the keychain key under which the %1 secret is stored</source>
        <translation>&quot;auth.secret_key&quot; חסר: המפתח במחזיק המפתחות שתחתיו נשמר הסוד של %1</translation>
    </message>
    <message>
        <source>&quot;auth.token_url&quot; is missing (a URL, or a path on base_url)</source>
        <translation>&quot;auth.token_url&quot; חסר (כתובת URL, או נתיב על base_url)</translation>
    </message>
    <message>
        <source>&quot;auth.client_id&quot; is missing</source>
        <translation>&quot;auth.client_id&quot; חסר</translation>
    </message>
    <message>
        <source>&quot;auth.token_url&quot; must be an absolute URL or a path starting with &quot;/&quot;, not &quot;%1&quot;</source>
        <translation>&quot;auth.token_url&quot; חייב להיות כתובת URL מוחלטת או נתיב שמתחיל ב־&quot;/&quot;, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>לא ניתן לקרוא את הפרופיל %1: %2</translation>
    </message>
    <message>
        <source>the profile %1 is larger than 1 MiB; is it the right file?</source>
        <translation>הפרופיל %1 גדול מ־1 MiB; האם זה הקובץ הנכון?</translation>
    </message>
    <message>
        <source>the profile %1 is not a JSON object (%2 at offset %3)</source>
        <translation>הפרופיל %1 אינו אובייקט JSON ‏(%2 בהיסט %3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>אינו אובייקט</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>פרופיל %1: %2</translation>
    </message>
    <message>
        <source>&quot;cleanup.path&quot; must name the job, e.g. &quot;/jobs/{%1}&quot;, not &quot;%2&quot;</source>
        <translation>&quot;cleanup.path&quot; חייב לציין את הג&apos;וב, למשל &quot;/jobs/{%1}&quot;, לא &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user name and password: Fathom keeps credentials in the keychain, never in a URL, a file or a log. Give the URL without &quot;user:password@&quot; and use basic authentication in a profile (&quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;%2&quot;, &quot;secret_key&quot;: &quot;KEY&quot;}) with the password stored by: fathom secret set KEY</source>
        <translation>&quot;%1&quot; מכיל שם משתמש וסיסמה: Fathom שומר פרטי גישה במחזיק המפתחות, אף פעם לא ב־URL, בקובץ או בלוג. תנו את ה־URL בלי &quot;user:password@&quot; והשתמשו באימות basic בפרופיל (&quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;%2&quot;, &quot;secret_key&quot;: &quot;KEY&quot;}) עם הסיסמה שנשמרה בפקודה: fathom secret set KEY</translation>
    </message>
    <message>
        <source>&quot;auth.type&quot; must be &quot;none&quot;, &quot;bearer&quot;, &quot;basic&quot; or &quot;oauth2&quot;, not &quot;%1&quot;</source>
        <translation>&quot;auth.type&quot; חייב להיות &quot;none&quot;,‏ &quot;bearer&quot;,‏ &quot;basic&quot; או &quot;oauth2&quot;, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth.username&quot; is missing: basic authentication needs a user name</source>
        <translation>&quot;auth.username&quot; חסר: אימות basic צריך שם משתמש</translation>
    </message>
    <message>
        <source>&quot;auth.username&quot; may not contain &quot;:&quot; (RFC 7617)</source>
        <translation>&quot;auth.username&quot; לא יכול להכיל &quot;:&quot; (RFC 7617)</translation>
    </message>
</context>
<context>
    <name>fathom::TestRunComparison</name>
    <message>
        <source>%1 failed (%2%) → %3 failed (%4%)</source>
        <translation>%1 נכשלו (%2%) ← %3 נכשלו (%4%)</translation>
    </message>
    <message>
        <source>%1 new failures, %2 fixed, %3 still failing, %4 failing otherwise</source>
        <translation>%1 כשלים חדשים, %2 תוקנו, %3 עדיין נכשלים, %4 נכשלים אחרת</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 ← %3</translation>
    </message>
    <message>
        <source>run %1 is a %2, not a test run: compare test runs with test runs</source>
        <translation>הרצה %1 היא %2, לא הרצת טסטים: השוו הרצות טסטים להרצות טסטים</translation>
    </message>
</context>
<context>
    <name>fathom::TestStability</name>
    <message numerus="yes">
        <source>fails in the %n run(s) that ran %1 or more jobs at once</source>
        <translation>
            <numerusform>נכשל בהרצה היחידה שהריצה %1 ג&apos;ובים או יותר בו־זמנית</numerusform>
            <numerusform>נכשל ב־%n ההרצות שהריצו %1 ג&apos;ובים או יותר בו־זמנית</numerusform>
        </translation>
    </message>
    <message>
        <source>capacity %1 (run #%2)</source>
        <translation>קיבולת %1 (הרצה #%2)</translation>
    </message>
    <message numerus="yes">
        <source>passes in the %n that ran %1 or fewer</source>
        <translation>
            <numerusform>עובר בהרצה היחידה שהריצה %1 או פחות</numerusform>
            <numerusform>עובר ב־%n שהריצו %1 או פחות</numerusform>
        </translation>
    </message>
    <message>
        <source>passed on a rerun after failing</source>
        <translation>עבר בהרצה חוזרת אחרי שנכשל</translation>
    </message>
    <message numerus="yes">
        <source>failed in %1 and passed in %2 of the last %n run(s) of the same code</source>
        <translation>
            <numerusform>נכשל ב־%1 ועבר ב־%2 מתוך ההרצה האחרונה של אותו קוד</numerusform>
            <numerusform>נכשל ב־%1 ועבר ב־%2 מתוך %n ההרצות האחרונות של אותו קוד</numerusform>
        </translation>
    </message>
    <message>
        <source>its failures are of load, but no capacity was measured before these runs: fathom discover would tell load-induced from flaky</source>
        <translation>הכשלים שלו הם של עומס, אבל לא נמדדה קיבולת לפני ההרצות האלה: fathom discover יבחין בין כשל מעומס לבין חוסר יציבות</translation>
    </message>
</context>
<context>
    <name>fathom::TestStatus</name>
    <message>
        <source>passed</source>
        <translation>עבר</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>דולג</translation>
    </message>
</context>
<context>
    <name>fathom::TokenProvider</name>
    <message>
        <source>could not read the bearer token: %1</source>
        <translation>לא ניתן היה לקרוא את אסימון ה־bearer: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>הוא ריק</translation>
    </message>
    <message>
        <source>the token URL &quot;%1&quot; is not a valid http(s) URL</source>
        <translation>כתובת האסימון &quot;%1&quot; אינה כתובת http(s) תקינה</translation>
    </message>
    <message>
        <source>could not read the client secret: %1</source>
        <translation>לא ניתן היה לקרוא את סוד הלקוח: %1</translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation>נקודת הקצה של האסימונים ענתה HTTP %1</translation>
    </message>
    <message>
        <source>the token request failed (%1): %2</source>
        <translation>בקשת האסימון נכשלה (%1): %2</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer has no &quot;access_token&quot;</source>
        <translation>בתשובת נקודת הקצה של האסימונים אין &quot;access_token&quot;</translation>
    </message>
    <message>
        <source>could not read the password: %1</source>
        <translation>לא ניתן לקרוא את הסיסמה: %1</translation>
    </message>
</context>
<context>
    <name>fathom::cli</name>
    <message>
        <source> level attempt result     ok failed    p50 ms    p99 ms     job/s  error</source>
        <translation>  רמה  ניסיון תוצאה    ok failed    p50 ms    p99 ms     job/s  שגיאה</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>עבר</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>the passphrase of the client key is not in the keychain under &quot;%1&quot; (%2); store it with: fathom secret set %1 &lt; file-holding-it</source>
        <translation>ססמת מפתח הלקוח אינה במחזיק המפתחות תחת &quot;%1&quot; (%2); שמרו אותה בפקודה: fathom secret set %1 &lt; file-holding-it</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>היא ריקה</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>לא ניתן לכתוב לפלט התקני: %1</translation>
    </message>
    <message>
        <source>fathom %1: %2</source>
        <translation>fathom %1: %2</translation>
    </message>
    <message>
        <source>fathom %1: unexpected argument &quot;%2&quot; (see fathom %1 --help)</source>
        <translation>fathom %1: ארגומנט לא צפוי &quot;%2&quot; (ראו ‎fathom %1 --help)</translation>
    </message>
</context>
<context>
    <name>fathom::cli::TargetOptions</name>
    <message>
        <source>target profile (JSON file)</source>
        <translation>פרופיל יעד (קובץ JSON)</translation>
    </message>
    <message>
        <source>base URL of the target, instead of or over a profile</source>
        <translation>כתובת ה־URL הבסיסית של היעד, במקום פרופיל או מעליו</translation>
    </message>
    <message>
        <source>method of the job request (default POST)</source>
        <translation>השיטה של בקשת הג&apos;וב (ברירת מחדל POST)</translation>
    </message>
    <message>
        <source>path of the job request (default /jobs)</source>
        <translation>הנתיב של בקשת הג&apos;וב (ברירת מחדל ‎/jobs)</translation>
    </message>
    <message>
        <source>JSON body template of the job request</source>
        <translation>תבנית גוף ה־JSON של בקשת הג&apos;וב</translation>
    </message>
    <message>
        <source>method of the cleanup request (default DELETE)</source>
        <translation>השיטה של בקשת הניקוי (ברירת מחדל DELETE)</translation>
    </message>
    <message>
        <source>path of the cleanup request, e.g. /jobs/{job_id}</source>
        <translation>הנתיב של בקשת הניקוי, למשל ‎/jobs/{job_id}</translation>
    </message>
    <message>
        <source>connection pool size</source>
        <translation>גודל מאגר החיבורים</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>טיימאאוט התחברות</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>טיימאאוט בקשה</translation>
    </message>
    <message>
        <source>say which target: --profile FILE or --url URL</source>
        <translation>ציינו איזה יעד: ‎--profile FILE או ‎--url URL</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>‏--%1 חייב להיות מספר שלם, לא &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>fathom::sim</name>
    <message>
        <source>&quot;%1&quot; must be an array of {&quot;from_ms&quot;, &quot;to_ms&quot;} windows</source>
        <translation>&quot;%1&quot; חייב להיות מערך של חלונות {&quot;from_ms&quot;, &quot;to_ms&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: every window needs numeric &quot;from_ms&quot; and &quot;to_ms&quot;</source>
        <translation>&quot;%1&quot;: כל חלון צריך &quot;from_ms&quot; ו־&quot;to_ms&quot; מספריים</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is unknown or has the wrong type</source>
        <translation>&quot;%1.%2&quot; אינו מוכר או מסוג שגוי</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a probability or an object</source>
        <translation>&quot;%1&quot; חייב להיות הסתברות או אובייקט</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: probability must be between 0 and 1</source>
        <translation>&quot;%1&quot;: ההסתברות חייבת להיות בין 0 ל־1</translation>
    </message>
</context>
<context>
    <name>fathom::sim::LatencySpec</name>
    <message>
        <source>latency &quot;%1&quot;: &quot;%2&quot; is not a non-negative number</source>
        <translation>זמן תגובה &quot;%1&quot;: ‏&quot;%2&quot; אינו מספר אי־שלילי</translation>
    </message>
    <message>
        <source>latency &quot;%1&quot;: %2 takes %3 number(s)</source>
        <translation>זמן תגובה &quot;%1&quot;: ‏%2 מקבל %3 מספרים</translation>
    </message>
    <message>
        <source>latency &quot;%1&quot;: the maximum is below the minimum</source>
        <translation>זמן תגובה &quot;%1&quot;: המקסימום נמוך מהמינימום</translation>
    </message>
    <message>
        <source>latency &quot;%1&quot;: unknown distribution (use none, fixed:MS, uniform:MIN:MAX, normal:MEAN:SD, lognormal:MEDIAN:SIGMA or exp:MEAN)</source>
        <translation>זמן תגובה &quot;%1&quot;: התפלגות לא מוכרת (השתמשו ב־none,‏ fixed:MS,‏ uniform:MIN:MAX,‏ normal:MEAN:SD,‏ lognormal:MEDIAN:SIGMA או exp:MEAN)</translation>
    </message>
</context>
<context>
    <name>fathom::sim::SimConfig</name>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot; חייב להיות מספר בין %2 ל־%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; חייב להיות true או false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; חייב להיות מחרוזת</translation>
    </message>
    <message>
        <source>&quot;latency&quot; must be a string such as &quot;lognormal:50:0.5&quot;</source>
        <translation>&quot;latency&quot; חייב להיות מחרוזת כגון &quot;lognormal:50:0.5&quot;</translation>
    </message>
    <message>
        <source>&quot;fault_paths&quot; must be an array of path prefixes</source>
        <translation>&quot;fault_paths&quot; חייב להיות מערך של קידומות נתיב</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>שדה לא מוכר &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the scenario file %1: %2</source>
        <translation>לא ניתן לקרוא את קובץ התרחיש %1: %2</translation>
    </message>
    <message>
        <source>the scenario file %1 is larger than 1 MiB</source>
        <translation>קובץ התרחיש %1 גדול מ־1 MiB</translation>
    </message>
    <message>
        <source>the scenario file %1 is not a JSON object (%2 at offset %3)</source>
        <translation>קובץ התרחיש %1 אינו אובייקט JSON ‏(%2 בהיסט %3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>אינו אובייקט</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>תרחיש %1: %2</translation>
    </message>
    <message>
        <source>&quot;overload&quot; must be &quot;503&quot;, &quot;hang&quot; or &quot;queue&quot;</source>
        <translation>&quot;overload&quot; חייב להיות &quot;503&quot;, ‏&quot;hang&quot; או &quot;queue&quot;</translation>
    </message>
</context>
<context>
    <name>fathom::sim::SimServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>לא ניתן להאזין ב־127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A Focus-like job server on 127.0.0.1 with capacity, overload, readiness, OAuth2 and faults.
Prints &quot;listening on http://127.0.0.1:PORT&quot; on its first line.</source>
        <translation>שרת ג&apos;ובים בנוסח Focus על 127.0.0.1 עם קיבולת, עומס יתר, מוכנות, OAuth2 ותקלות.
מדפיס &quot;listening on http://127.0.0.1:PORT&quot; בשורה הראשונה שלו.</translation>
    </message>
    <message>
        <source>JSON scenario file; flags override its fields</source>
        <translation>קובץ תרחיש JSON; הדגלים גוברים על השדות שלו</translation>
    </message>
    <message>
        <source>fathom: unknown command &quot;%1&quot;
</source>
        <translation>fathom: פקודה לא מוכרת &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>fathom: %1</source>
        <translation>fathom: %1</translation>
    </message>
    <message>
        <source>fathom: --run takes a run id (see fathom runs list), not &quot;%1&quot;</source>
        <translation>fathom: ‏‎--run מקבל מזהה ריצה (ראו fathom runs list), לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>fathom: the window needs a display; on the command line, diagnose a test run with &quot;fathom diagnose FILE.xml&quot; and show a run with &quot;fathom runs show ID&quot;.</source>
        <translation>fathom: החלון צריך תצוגה; בשורת הפקודה, אבחנו ריצת טסטים עם &quot;fathom diagnose FILE.xml&quot; והציגו ריצה עם &quot;fathom runs show ID&quot;.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>הדגמה</translation>
    </message>
    <message>
        <source>The built-in simulator did not start: %1</source>
        <translation>הסימולטור המובנה לא עלה: %1</translation>
    </message>
    <message>
        <source>Usage: fathom &lt;command&gt; [options]

Commands:
  probe      one probe: health, readiness, auth, job, pool or timeout
  discover   find the capacity of a target (concurrent jobs that all succeed)
  runs       list, show, compare and delete recorded runs
  diagnose   sort the failures of a test run (JUnit XML) into root causes; reports
  secret     store (set KEY) or delete a secret in the keychain
  jira       where &quot;Report to Jira&quot; creates issues (jira config, jira check)
  export-locust  a Locust file of the target&apos;s job and a level ramp, for a Locust cluster
  import-locust  a Locust run&apos;s --csv results into the run history
  --demo     capacity discovery against the built-in simulator

Run &quot;fathom &lt;command&gt; --help&quot; for the options of a command.
Without a command, or with --demo, fathom opens its window when a display exists;
--no-gui keeps it on the terminal. --lang he|en chooses the language (default: the system&apos;s).</source>
        <translation>שימוש: fathom &lt;command&gt; [options]

פקודות:
  probe      בדיקה אחת: health,‏ readiness,‏ auth,‏ job,‏ pool או timeout
  discover   מציאת הקיבולת של יעד (ג&apos;ובים מקבילים שכולם מצליחים)
  runs       רשימה, הצגה, השוואה ומחיקה של הרצות שנרשמו
  diagnose   מיון כשלי הרצת טסטים (JUnit XML) לגורמי שורש; דוחות
  secret     שמירה (set KEY) או מחיקה של סוד במחזיק המפתחות
  jira       היכן &quot;דיווח ל־Jira&quot; פותח טיקטים (jira config, jira check)
  export-locust  קובץ Locust של הג&apos;וב של היעד וסולם רמות, לאשכול Locust
  import-locust  תוצאות ‎--csv של הרצת Locust אל היסטוריית ההרצות
  --demo     גילוי קיבולת מול הסימולטור המובנה

הריצו &quot;fathom &lt;command&gt; --help&quot; לאפשרויות של פקודה.
ללא פקודה, או עם ‎--demo, ‏fathom פותח את החלון שלו כשיש תצוגה;
‏--no-gui משאיר אותו במסוף. ‏--lang he|en בוחר את השפה (ברירת מחדל: של המערכת).</translation>
    </message>
</context>
</TS>
