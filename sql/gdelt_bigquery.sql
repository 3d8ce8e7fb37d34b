-- gdelt_bigquery.sql: BigQuery's public GDELT events -> dipnet's event TSV,
-- one row per actor pair, relation, CAMEO event code and month, with
-- `count` (the same rows as sql/gdelt_duckdb.sql makes of the raw files;
-- see that file and README, "GDELT at scale", for the rules and how they
-- differ from `dipnet import --from gdelt`).
--
-- Tables: `gdelt-bq.gdeltv2.events` (GDELT 2.0, 2015-) or
-- `gdelt-bq.full.events` (GDELT 1.0, 1979-): same column names; change
-- the FROM line below.  Set the period and the date range in the DECLARE
-- lines (a smaller range scans, and costs, less).  Export the result as
-- CSV with tab as the field delimiter (bq extract --field_delimiter=tab,
-- or `bq query --format=csv` and a tr), then `dipnet report FILE`.
-- Spark SQL runs the same statements with few changes (REGEXP_CONTAINS ->
-- RLIKE, SAFE.PARSE_DATE -> to_date, STRUCT functions -> CASE).
--
-- Not run by dipnet's tests (BigQuery needs an account); the DuckDB
-- version is tested against `dipnet import` (tests/gdelt_sql.sh).

DECLARE gdelt_period STRING DEFAULT 'MONTH';   -- DAY, MONTH, YEAR or ALL
DECLARE gdelt_all BOOL DEFAULT FALSE;          -- keep other codes as `other`
DECLARE first_day DATE DEFAULT DATE '2015-02-18';
DECLARE last_day DATE DEFAULT DATE '2015-12-31';

-- One actor's name and kind, the way src/io/gdelt.c makes them (NULL:
-- the row is left out).
CREATE TEMP FUNCTION title_case(s STRING) AS ((
    SELECT STRING_AGG(
        IF(i > 0 AND UPPER(w) IN ('AND', 'OF', 'THE', 'FOR', 'DE', 'DU', 'DA',
                                  'AL', 'BIN', 'VON', 'VAN', 'DER', 'ON',
                                  'IN', 'TO'),
           LOWER(w), CONCAT(UPPER(SUBSTR(w, 1, 1)), LOWER(SUBSTR(w, 2)))),
        ' ' ORDER BY i)
    FROM UNNEST(SPLIT(REGEXP_REPLACE(s, r'^THE (.)', r'\1'), ' ')) AS w
         WITH OFFSET i
));

CREATE TEMP FUNCTION person_like(s STRING) AS (
    REGEXP_CONTAINS(s, r'^[^ 0-9]+( [^ 0-9]+){1,5}$')
    AND NOT REGEXP_CONTAINS(s, r"[^\pL .'-]|(^| )[.'-]*( |$)")
    AND NOT REGEXP_CONTAINS(UPPER(s),
        '(^| )(ADMINISTRATION|AGENCE|AGENCY|AIR|AIRPORT|ALLIANCE|AMBASSADOR|' ||
        'ARMY|ASSEMBLY|ASSOCIATION|ATTORNEY|AUTHORITIES|AUTHORITY|' ||
        'BANK|BAY|BEACH|BOARD|BORDERS|BRIGADE|BRIGADES|BUREAU|' ||
        'BUSINESS|CABINET|CAPE|CAPTAIN|CATHOLIC|CENTER|CENTRAL|CENTRE|' ||
        'CHAMBER|CHANCELLOR|CHIEF|CHRISTIAN|CHRONICLE|CITIZEN|' ||
        'CITIZENS|CITY|COALITION|COAST|COMMANDER|COMMISSION|COMMITTEE|' ||
        'COMMUNITY|COMPANY|CONGRESS|CORP|CORPORATION|COUNCIL|COUNTRY|' ||
        'COUNTY|COURT|DAILY|DEFENCE|DEFENSE|DELEGATE|DELEGATION|' ||
        'DEPARTMENT|DEPUTY|DISTRICT|DOCTOR|DOCTORS|EAST|EASTERN|' ||
        'EDUCATION|EMBASSY|EMPLOYEE|EMPLOYEES|ENVIRONMENT|ENVOY|' ||
        'EUROPEAN|FARMER|FARMERS|FEDERATION|FINANCE|FORCE|FORCES|' ||
        'FOREIGN|FORT|FOUNDATION|FRONT|FUND|GAZETTE|GENERAL|' ||
        'GOVERNMENT|GOVERNOR|GROUP|GUARD|GULF|HEALTH|HERALD|HILLS|' ||
        'HOSPITAL|HOUSE|INC|INSTITUTE|INTERIOR|INTERNATIONAL|ISLAMIC|' ||
        'ISLAMIST|ISLAND|ISLANDS|JUDGE|JUSTICE|KINGDOM|LAKE|LAWMAKER|' ||
        'LAWMAKERS|LAWYER|LAWYERS|LEADER|LEADERS|LEAGUE|LEGISLATOR|' ||
        'LOS|LTD|MAYOR|MEDIA|MILITANT|MILITANTS|MILITARY|MINE|MINIST|' ||
        'MINISTER|MINISTERS|MINISTRIES|MINISTRY|MINORITY|MONITOR|' ||
        'MOUNT|MOVEMENT|MUSLIM|MUSLIMS|NATIONAL|NATIONS|NAVY|NEW|NEWS|' ||
        'NEWSPAPER|NORTH|NORTHERN|OFFICE|OFFICER|OFFICERS|OFFICIAL|' ||
        'OFFICIALS|OPPOSITION|ORGANISATION|ORGANIZATION|PARK|' ||
        'PARLIAMENT|PARTY|PEOPLE|POLICE|POLITICIAN|PORT|PORTS|POST|' ||
        'PREMIER|PRESIDENT|PRESS|PRESSE|PRIME|PRISON|PROSECUTOR|' ||
        'PROTESTER|PROTESTERS|PROVINCE|RADIO|REBEL|REBELS|REFUGEE|' ||
        'REFUGEES|REGION|REPUBLIC|RESIDENTS|RIGHTS|RIVER|SAN|SANTA|' ||
        'SCHOOL|SCHOOLS|SECRETARY|SECURITY|SENATE|SENATOR|SERVICE|' ||
        'SERVICES|SOLDIER|SOLDIERS|SOUTH|SOUTHERN|SPOKESMAN|' ||
        'SPOKESPERSON|SPOKESWOMAN|STATE|STATES|STREET|STUDENT|' ||
        'STUDENTS|TEACHER|TEACHERS|TELEVISION|THE|TIMES|TRADE|TRIBUNE|' ||
        'TROOPS|TV|UNION|UNITED|UNIVERSITY|VALLEY|VICE|VILLAGERS|' ||
        'WATCH|WEST|WESTERN|WORKER|WORKERS)( |$)')
);

CREATE TEMP FUNCTION actor(code STRING, name STRING, cc STRING, grp STRING,
                           typ STRING)
RETURNS STRUCT<who STRING, kind STRING> AS ((
    SELECT AS STRUCT
        CASE WHEN code = '' THEN NULL
             WHEN grp <> '' THEN COALESCE(known_group, NULLIF(title_case(name), ''))
             WHEN cc <> '' AND (code = cc OR typ = '') THEN COALESCE(region, cc)
             WHEN cc <> '' AND person_like(name) THEN title_case(name)
             WHEN region IS NOT NULL
                  THEN CONCAT(COALESCE(type_label, typ), ' (', region, ')')
             WHEN cc <> '' THEN CONCAT(cc, typ)
             WHEN person_like(name) THEN title_case(name) END AS who,
        CASE WHEN grp <> '' THEN CASE WHEN known_group = 'Taliban' THEN 'group'
                                      WHEN known_group IS NOT NULL THEN 'institution'
                                      ELSE COALESCE(type_kind, 'institution') END
             WHEN cc <> '' AND (code = cc OR typ = '')
                  THEN IF(region IS NULL, 'state', 'group')
             WHEN person_like(name) THEN 'person'
             ELSE COALESCE(type_kind, 'group') END AS kind
    FROM (SELECT
           CASE grp WHEN 'AMN' THEN 'Amnesty International'
                    WHEN 'ARL' THEN 'Arab League'
                    WHEN 'ASN' THEN 'Association of Southeast Asian Nations'
                    WHEN 'EEC' THEN 'European Union'
                    WHEN 'HRW' THEN 'Human Rights Watch'
                    WHEN 'IMF' THEN 'International Monetary Fund'
                    WHEN 'MSF' THEN 'Doctors Without Borders'
                    WHEN 'NAT' THEN 'North Atlantic Treaty Organization'
                    WHEN 'OPC' THEN 'Organization of the Petroleum Exporting Countries'
                    WHEN 'TAL' THEN 'Taliban'
                    WHEN 'UNO' THEN 'United Nations'
                    WHEN 'WBK' THEN 'World Bank'
                    WHEN 'WTO' THEN 'World Trade Organization'
                    WHEN 'XFM' THEN 'Oxfam' END AS known_group,
           CASE cc WHEN 'AFR' THEN 'Africa' WHEN 'ASA' THEN 'Asia'
                   WHEN 'BLK' THEN 'Balkans' WHEN 'CAS' THEN 'Central Asia'
                   WHEN 'CAU' THEN 'Caucasus' WHEN 'CEU' THEN 'Central Europe'
                   WHEN 'CFR' THEN 'Central Africa' WHEN 'CRB' THEN 'Caribbean'
                   WHEN 'EAF' THEN 'Eastern Africa' WHEN 'EEU' THEN 'Eastern Europe'
                   WHEN 'EIN' THEN 'East Indies' WHEN 'EUR' THEN 'Europe'
                   WHEN 'LAM' THEN 'Latin America' WHEN 'MDT' THEN 'Mediterranean'
                   WHEN 'MEA' THEN 'Middle East' WHEN 'NAF' THEN 'North Africa'
                   WHEN 'NMR' THEN 'North America' WHEN 'PGS' THEN 'Persian Gulf'
                   WHEN 'SAF' THEN 'Southern Africa' WHEN 'SAM' THEN 'South America'
                   WHEN 'SAS' THEN 'South Asia' WHEN 'SCN' THEN 'Scandinavia'
                   WHEN 'SEA' THEN 'Southeast Asia' WHEN 'WAF' THEN 'West Africa'
                   WHEN 'WEU' THEN 'Western Europe' WHEN 'WST' THEN 'The West'
           END AS region,
           CASE typ WHEN 'AGR' THEN 'Agriculture' WHEN 'BUS' THEN 'Business'
                   WHEN 'COP' THEN 'Police' WHEN 'CRM' THEN 'Criminal'
                   WHEN 'CVL' THEN 'Citizen' WHEN 'DEV' THEN 'Development'
                   WHEN 'EDU' THEN 'Education' WHEN 'ELI' THEN 'Elite'
                   WHEN 'ENV' THEN 'Environment'
                   WHEN 'GOV' THEN 'Government' WHEN 'HLH' THEN 'Health'
                   WHEN 'HRI' THEN 'Human Rights'
                   WHEN 'IGO' THEN 'International Organization'
                   WHEN 'IMG' THEN 'International Militarized Group'
                   WHEN 'INS' THEN 'Insurgent' WHEN 'JUD' THEN 'Judiciary'
                   WHEN 'LAB' THEN 'Labor' WHEN 'LEG' THEN 'Legislature'
                   WHEN 'MED' THEN 'Media' WHEN 'MIL' THEN 'Military'
                   WHEN 'MNC' THEN 'Multinational Corporation'
                   WHEN 'MOD' THEN 'Moderate'
                   WHEN 'NGM' THEN 'Non-governmental Movement'
                   WHEN 'NGO' THEN 'Non-governmental Organization'
                   WHEN 'OPP' THEN 'Opposition' WHEN 'PTY' THEN 'Party'
                   WHEN 'RAD' THEN 'Radical' WHEN 'REB' THEN 'Rebel'
                   WHEN 'REF' THEN 'Refugee' WHEN 'REL' THEN 'Religious'
                   WHEN 'SEP' THEN 'Separatist' WHEN 'SET' THEN 'Settler'
                   WHEN 'SPY' THEN 'Intelligence'
                   WHEN 'UAF' THEN 'Armed Group' END AS type_label,
           CASE WHEN typ IN ('BUS', 'COP', 'EDU', 'GOV', 'HLH', 'IGO', 'JUD',
                             'LEG', 'MED', 'MIL', 'MNC', 'NGO', 'PTY', 'SPY')
                THEN 'institution'
                WHEN typ IN ('AGR', 'CRM', 'CVL', 'DEV', 'ELI', 'ENV', 'HRI',
                             'IMG', 'INS', 'LAB', 'MOD', 'NGM', 'OPP', 'RAD',
                             'REB', 'REF', 'REL', 'SEP', 'SET', 'UAF')
                THEN 'group' END AS type_kind)
));

WITH ev AS (
    SELECT CAST(GLOBALEVENTID AS STRING) AS id,
           SAFE.PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING)) AS day,
           EventCode AS code,
           actor(IFNULL(Actor1Code, ''), IFNULL(Actor1Name, ''),
                 IFNULL(Actor1CountryCode, ''), IFNULL(Actor1KnownGroupCode, ''),
                 IFNULL(Actor1Type1Code, '')) AS a1,
           actor(IFNULL(Actor2Code, ''), IFNULL(Actor2Name, ''),
                 IFNULL(Actor2CountryCode, ''), IFNULL(Actor2KnownGroupCode, ''),
                 IFNULL(Actor2Type1Code, '')) AS a2,
           ActionGeo_FullName AS action_geo, SOURCEURL AS url,
           CASE EventCode WHEN '040' THEN 'meeting' WHEN '041' THEN 'meeting'
                          WHEN '044' THEN 'meeting' WHEN '046' THEN 'meeting'
                          WHEN '042' THEN 'visit' WHEN '043' THEN 'visit'
                          WHEN '057' THEN 'agreement'
                          ELSE IF(gdelt_all, 'other', NULL) END AS relation
    FROM `gdelt-bq.gdeltv2.events`
    WHERE SQLDATE BETWEEN CAST(FORMAT_DATE('%Y%m%d', first_day) AS INT64)
                      AND CAST(FORMAT_DATE('%Y%m%d', last_day) AS INT64)
),
pair AS (
    SELECT id, day, code, relation, action_geo, url,
           -- 043: the guest (actor 2) is the one who travels
           IF(code = '043', a2, a1) AS s, IF(code = '043', a1, a2) AS t
    FROM ev
    WHERE relation IS NOT NULL AND day IS NOT NULL
      AND a1.who IS NOT NULL AND a2.who IS NOT NULL
      AND NOT (a1.who = a2.who AND a1.kind = a2.kind)
      AND LEFT(a1.who, 1) <> '#' AND LEFT(a2.who, 1) <> '#'
),
grouped AS (
    SELECT s.who AS source, s.kind AS source_kind, relation,
           t.who AS target, t.kind AS target_kind, code,
           MIN(day) AS first_day, MAX(day) AS last_day,
           IF(code = '044' AND COUNT(DISTINCT IFNULL(action_geo, '')) = 1,
              MIN(IFNULL(action_geo, '')), '') AS place,
           -- one sample event: the smallest id, one with a URL if any
           ARRAY_AGG(CONCAT('GDELT ', id, IFNULL(CONCAT(' ', url), ''))
                     ORDER BY url IS NULL, CAST(id AS INT64) LIMIT 1)[OFFSET(0)]
               AS evidence,
           COUNT(*) AS n
    FROM pair
    GROUP BY source, source_kind, relation, target, target_kind, code,
             CASE gdelt_period WHEN 'ALL' THEN NULL
                               WHEN 'DAY' THEN day
                               WHEN 'YEAR' THEN DATE_TRUNC(day, YEAR)
                               ELSE DATE_TRUNC(day, MONTH) END
)
SELECT REGEXP_REPLACE(source, r'[\t\n]', ' ') AS source, source_kind, relation,
       REGEXP_REPLACE(target, r'[\t\n]', ' ') AS target, target_kind,
       FORMAT_DATE('%Y-%m-%d', first_day) AS start,
       IF(last_day > first_day, FORMAT_DATE('%Y-%m-%d', last_day), '') AS `end`,
       place, 'gdelt-bq' AS doc, '' AS line, evidence, n AS count, code AS cameo
FROM grouped
ORDER BY source, target, relation, cameo, start;
