-- gdelt_duckdb.sql: raw GDELT event files -> dipnet's event TSV, one row
-- per actor pair, relation, CAMEO event code and period, with `count`.
--
-- For GDELT 1.0 (57 columns: the 1979-2013 back files; 58: the daily files
-- with SOURCEURL) and GDELT 2.0 exports (61 columns), mixed in one glob,
-- unzipped, tab-separated, no header.  The actors and relations are
-- dipnet's own (`dipnet import --from gdelt`, src/io/gdelt.h), so that
-- `dipnet report` makes the same nodes and ties of either output:
--   040 041 044 046 meeting, 042 visit, 043 visit by actor 2, 057 agreement
--   (other codes are left out unless gdelt_all is true: relation `other`);
--   an actor is its country (a CAMEO code such as USA: dipnet's registry
--   knows it), a CAMEO region by name (Middle East), a country's sector by
--   country and type code (USAGOV: the registry knows these too), a
--   person when the name looks like one (two to six words, none naming an
--   office or place), or a known group (United Nations).
-- Differences to `dipnet import` (documented in README, "GDELT at scale"):
-- names are CAMEO codes where the importer writes English names (the same
-- node after dipnet's actor identity, except where the registry lacks the
-- code); title case is simpler (letters after - or ' stay lower); a row
-- with a bad date is skipped instead of stopping with an error; `line` is
-- empty and `evidence` names one sample event of the row (its id and
-- source URL); `place` is kept only when every event of the row has it.
--
-- Settings (DuckDB variables; set them before reading this file):
--   gdelt_files   a path or glob of the files (required)
--   gdelt_period  'day', 'month' (default), 'year' or 'all': one row per
--                 pair, relation and code in each period; start and end
--                 are the first and last event date inside it
--   gdelt_all     true: keep every event code as relation `other`
-- Run (DuckDB's command-line shell, or any DuckDB client):
--   duckdb -noheader -list -separator "$(printf '\t')" \
--     -c "SET VARIABLE gdelt_files = 'gdelt/*.CSV'" \
--     -c ".read sql/gdelt_duckdb.sql" > gdelt.tsv
--   (prints the header line first: it is the first row of the result)
-- or scripts/duckdb/run.mjs (the npm package @duckdb/node-api):
--   node scripts/duckdb/run.mjs sql/gdelt_duckdb.sql gdelt_files='gdelt/*.CSV' > gdelt.tsv

WITH raw AS (
    SELECT *
    FROM read_csv(getvariable('gdelt_files'),
                  delim = '\t', header = false, quote = '', escape = '',
                  null_padding = true, auto_detect = false, filename = true,
                  columns = {
                      'c00': 'VARCHAR', 'c01': 'VARCHAR', 'c02': 'VARCHAR', 'c03': 'VARCHAR',
                      'c04': 'VARCHAR', 'c05': 'VARCHAR', 'c06': 'VARCHAR', 'c07': 'VARCHAR',
                      'c08': 'VARCHAR', 'c09': 'VARCHAR', 'c10': 'VARCHAR', 'c11': 'VARCHAR',
                      'c12': 'VARCHAR', 'c13': 'VARCHAR', 'c14': 'VARCHAR', 'c15': 'VARCHAR',
                      'c16': 'VARCHAR', 'c17': 'VARCHAR', 'c18': 'VARCHAR', 'c19': 'VARCHAR',
                      'c20': 'VARCHAR', 'c21': 'VARCHAR', 'c22': 'VARCHAR', 'c23': 'VARCHAR',
                      'c24': 'VARCHAR', 'c25': 'VARCHAR', 'c26': 'VARCHAR', 'c27': 'VARCHAR',
                      'c28': 'VARCHAR', 'c29': 'VARCHAR', 'c30': 'VARCHAR', 'c31': 'VARCHAR',
                      'c32': 'VARCHAR', 'c33': 'VARCHAR', 'c34': 'VARCHAR', 'c35': 'VARCHAR',
                      'c36': 'VARCHAR', 'c37': 'VARCHAR', 'c38': 'VARCHAR', 'c39': 'VARCHAR',
                      'c40': 'VARCHAR', 'c41': 'VARCHAR', 'c42': 'VARCHAR', 'c43': 'VARCHAR',
                      'c44': 'VARCHAR', 'c45': 'VARCHAR', 'c46': 'VARCHAR', 'c47': 'VARCHAR',
                      'c48': 'VARCHAR', 'c49': 'VARCHAR', 'c50': 'VARCHAR', 'c51': 'VARCHAR',
                      'c52': 'VARCHAR', 'c53': 'VARCHAR', 'c54': 'VARCHAR', 'c55': 'VARCHAR',
                      'c56': 'VARCHAR', 'c57': 'VARCHAR', 'c58': 'VARCHAR', 'c59': 'VARCHAR',
                      'c60': 'VARCHAR'})
),
-- The columns dipnet uses; GDELT 2.0 rows have DATEADDED (c59).
ev AS (
    SELECT c00 AS id, try_strptime(c01, '%Y%m%d')::DATE AS day, c26 AS code,
           coalesce(c05, '') AS a1code, coalesce(c06, '') AS a1name,
           coalesce(c07, '') AS a1country, coalesce(c08, '') AS a1group,
           coalesce(c12, '') AS a1type,
           coalesce(c15, '') AS a2code, coalesce(c16, '') AS a2name,
           coalesce(c17, '') AS a2country, coalesce(c18, '') AS a2group,
           coalesce(c22, '') AS a2type,
           CASE WHEN c59 IS NOT NULL THEN c52 ELSE c50 END AS action_geo,
           CASE WHEN c59 IS NOT NULL THEN c60 ELSE c57 END AS url,
           filename
    FROM raw
),
rel AS (
    SELECT *,
           CASE code WHEN '040' THEN 'meeting' WHEN '041' THEN 'meeting'
                     WHEN '044' THEN 'meeting' WHEN '046' THEN 'meeting'
                     WHEN '042' THEN 'visit' WHEN '043' THEN 'visit'
                     WHEN '057' THEN 'agreement'
                     ELSE CASE WHEN coalesce(getvariable('gdelt_all'), false)
                               THEN 'other' END END AS relation
    FROM ev
    WHERE day IS NOT NULL
),
-- Each side's actor: name and kind, the way src/io/gdelt.c makes them.
side AS (
    SELECT r.*, k.n AS k, k.code AS acode, k.name AS aname, k.cc, k.grp, k.typ
    FROM rel r,
         (VALUES (1), (2)) AS k0(n),
         LATERAL (SELECT k0.n AS n,
                         CASE k0.n WHEN 1 THEN r.a1code ELSE r.a2code END AS code,
                         CASE k0.n WHEN 1 THEN r.a1name ELSE r.a2name END AS name,
                         CASE k0.n WHEN 1 THEN r.a1country ELSE r.a2country END AS cc,
                         CASE k0.n WHEN 1 THEN r.a1group ELSE r.a2group END AS grp,
                         CASE k0.n WHEN 1 THEN r.a1type ELSE r.a2type END AS typ) AS k
    WHERE r.relation IS NOT NULL
),
named AS (
    SELECT *,
           -- two to six words of letters, none naming an office or place
           (regexp_full_match(aname, '[^ 0-9]+( [^ 0-9]+){1,5}')
            AND NOT regexp_matches(aname, '[^\pL .''-]|(^| )[.''-]*( |$)')
            AND NOT regexp_matches(upper(aname),
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
        'WATCH|WEST|WESTERN|WORKER|WORKERS)( |$)')) AS person_like,
           -- title case: first letters up, small words down (not the first)
           array_to_string(list_transform(
               string_split(regexp_replace(aname, '^THE (.)', '\1'), ' '),
               (w, i) -> CASE WHEN i > 1 AND upper(w) IN ('AND', 'OF', 'THE',
                                  'FOR', 'DE', 'DU', 'DA', 'AL', 'BIN', 'VON',
                                  'VAN', 'DER', 'ON', 'IN', 'TO')
                              THEN lower(w)
                              ELSE upper(left(w, 1)) || lower(substr(w, 2)) END),
               ' ') AS title,
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
           -- the sector label of a CAMEO actor type (for regions' sectors)
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
           -- the kind of a CAMEO actor type; NULL when dipnet lacks it
           CASE WHEN typ IN ('BUS', 'COP', 'EDU', 'GOV', 'HLH', 'IGO', 'JUD',
                             'LEG', 'MED', 'MIL', 'MNC', 'NGO', 'PTY', 'SPY')
                THEN 'institution'
                WHEN typ IN ('AGR', 'CRM', 'CVL', 'DEV', 'ELI', 'ENV', 'HRI',
                             'IMG', 'INS', 'LAB', 'MOD', 'NGM', 'OPP', 'RAD',
                             'REB', 'REF', 'REL', 'SEP', 'SET', 'UAF')
                THEN 'group' END AS type_kind
    FROM side
),
actor AS (
    SELECT *,
        CASE WHEN acode = '' THEN NULL
             WHEN grp <> '' THEN coalesce(known_group, nullif(title, ''))
             WHEN cc <> '' AND (acode = cc OR typ = '') THEN coalesce(region, cc)
             WHEN cc <> '' AND person_like THEN title
             WHEN region IS NOT NULL THEN coalesce(type_label, typ) || ' (' || region || ')'
             WHEN cc <> '' THEN cc || typ
             WHEN person_like THEN title END AS who,
        CASE WHEN grp <> '' THEN CASE WHEN known_group = 'Taliban' THEN 'group'
                                      WHEN known_group IS NOT NULL THEN 'institution'
                                      ELSE coalesce(type_kind, 'institution') END
             WHEN cc <> '' AND (acode = cc OR typ = '')
                  THEN CASE WHEN region IS NULL THEN 'state' ELSE 'group' END
             WHEN person_like THEN 'person'
             ELSE coalesce(type_kind, 'group') END AS who_kind
    FROM named
),
pair AS (
    SELECT a.id, a.day, a.code, a.relation, a.action_geo, a.url, a.filename,
           -- 043: the guest (actor 2) is the one who travels
           CASE WHEN a.code = '043' THEN b.who ELSE a.who END AS source,
           CASE WHEN a.code = '043' THEN b.who_kind ELSE a.who_kind END AS source_kind,
           CASE WHEN a.code = '043' THEN a.who ELSE b.who END AS target,
           CASE WHEN a.code = '043' THEN a.who_kind ELSE b.who_kind END AS target_kind
    FROM actor a JOIN actor b ON a.id = b.id AND a.filename = b.filename
                              AND a.k = 1 AND b.k = 2
    WHERE a.who IS NOT NULL AND b.who IS NOT NULL
      AND NOT (a.who = b.who AND a.who_kind = b.who_kind)
      AND left(a.who, 1) <> '#' AND left(b.who, 1) <> '#'
),
grouped AS (
    SELECT source, source_kind, relation, target, target_kind, code,
           min(day) AS first_day, max(day) AS last_day,
           CASE WHEN count(DISTINCT coalesce(action_geo, '')) = 1 AND code = '044'
                THEN min(coalesce(action_geo, '')) ELSE '' END AS place,
           -- one sample event: the smallest id, one with a URL if any
           first(filename ORDER BY url IS NULL, id::BIGINT) AS doc,
           first('GDELT ' || id || coalesce(' ' || url, '')
                 ORDER BY url IS NULL, id::BIGINT) AS evidence,
           count(*) AS n
    FROM pair
    GROUP BY source, source_kind, relation, target, target_kind, code,
             CASE coalesce(getvariable('gdelt_period'), 'month')
                 WHEN 'all' THEN NULL
                 WHEN 'day' THEN day
                 WHEN 'month' THEN date_trunc('month', day)
                 WHEN 'year' THEN date_trunc('year', day)
                 ELSE error('gdelt_period: day, month, year or all')
             END
)
SELECT replace(replace(source, '\t', ' '), '\n', ' ') AS source, source_kind,
       relation,
       replace(replace(target, '\t', ' '), '\n', ' ') AS target, target_kind,
       strftime(first_day, '%Y-%m-%d') AS start,
       CASE WHEN last_day > first_day THEN strftime(last_day, '%Y-%m-%d')
            ELSE '' END AS "end",
       place, doc, '' AS line, evidence, n AS count, code AS cameo
FROM grouped
ORDER BY source, target, relation, cameo, start;
