extension GazetteerData {
    /// Continents and world regions, seas and straits that make the news, historical
    /// states, disputed and conflict regions, sub-national regions (US states, Canadian
    /// provinces, UK nations, Afghan provinces…), and named sites (bases, airports,
    /// buildings) that news treats as places.
    ///
    /// Ambiguities:
    /// - "Georgia" (English) is left out of both the US state and the country; the state
    ///   keeps "État de Géorgie"/"State of Georgia", the country keeps "Géorgie".
    /// - "Washington" is Washington, D.C. (Capitals); the state is "État de Washington".
    /// - "New York" is the city (Capitals); the state is "État de New York".
    /// - "Gaza" alone is the Gaza Strip (most frequent news reading); the city keeps
    ///   "Gaza City"/"ville de Gaza" (Capitals).
    /// - "Golfe"/"Gulf" alone is the Persian Gulf (seed gold: "les pays du Golfe");
    ///   "golfe du Mexique", "golfe d'Aden"… are longer names and win.
    /// - "Pentagon" alone is the US Department of Defense (Organisations); the building
    ///   entry below only has qualified forms.
    /// - "Amérique"/"America" alone is the United States (seed gold); the continents are
    ///   "Amérique du Nord", "Amérique du Sud", "Amériques", "Amérique latine".
    /// - "Europe" is the continent; "Union européenne" is the EU (Organisations).
    /// - "Indiana", "Mississippi" (also a river), "Georgia", "Washington": only
    ///   qualified state names ("État de l'Indiana", "State of Mississippi"…) are listed.
    /// - "Capitole" alone is the US Capitol (news usage since 6 January 2021), although
    ///   Toulouse city hall has the same name.
    /// - "Khorassan"/"Khorasan" alone is the historical region, not ISIS-K.
    static let regions = #"""
        # id|TYPE|English label|aliases|demonyms|extra
        # --- Continents and world regions ---
        Q46|PLACE|Europe|Europe; Europa; Vieux Continent||kind=continent
        Q48|PLACE|Asia|Asie; Asia||kind=continent
        Q15|PLACE|Africa|Afrique; Africa|africain; africaine; africains; africaines; African; Africans|kind=continent
        Q49|PLACE|North America|Amérique du Nord; North America|nord-américain; nord-américaine; nord-américains; North American|kind=continent
        Q18|PLACE|South America|Amérique du Sud; South America|sud-américain; sud-américaine; sud-américains; South American|kind=continent
        Q828|PLACE|Americas|Amériques; Americas; continent américain||kind=continent
        X:oceania|PLACE|Oceania|Océanie; Oceania||kind=continent
        Q51|PLACE|Antarctica|Antarctique; Antarctica; Antarctide||kind=continent
        X:arctic|PLACE|Arctic|Arctique; Arctic; Grand Nord||kind=region
        Q7204|PLACE|Middle East|Moyen-Orient; Moyen Orient; Middle East; Mideast||kind=region
        X:near-east|PLACE|Near East|Proche-Orient; Proche Orient; Near East||kind=region
        Q27275|PLACE|Central Asia|Asie centrale; Central Asia||kind=region
        X:south-asia|PLACE|South Asia|Asie du Sud; South Asia; sous-continent indien; Indian subcontinent||kind=region
        X:southeast-asia|PLACE|Southeast Asia|Asie du Sud-Est; Southeast Asia; South-East Asia; South East Asia||kind=region
        X:east-asia|PLACE|East Asia|Asie de l'Est; Asie orientale; East Asia||kind=region
        X:far-east|PLACE|Far East|Extrême-Orient; Far East||kind=region
        X:indo-pacific|PLACE|Indo-Pacific|Indo-Pacifique; Indo-Pacific||kind=region
        X:north-africa|PLACE|North Africa|Afrique du Nord; North Africa||kind=region
        X:west-africa|PLACE|West Africa|Afrique de l'Ouest; Afrique occidentale; West Africa||kind=region
        X:east-africa|PLACE|East Africa|Afrique de l'Est; Afrique orientale; East Africa||kind=region
        X:central-africa|PLACE|Central Africa|Afrique centrale; Central Africa||kind=region
        X:southern-africa|PLACE|Southern Africa|Afrique australe; Southern Africa||kind=region
        X:sub-saharan-africa|PLACE|Sub-Saharan Africa|Afrique subsaharienne; Afrique sub-saharienne; Sub-Saharan Africa; sub-Saharan Africa||kind=region
        X:horn-of-africa|PLACE|Horn of Africa|Corne de l'Afrique; Horn of Africa||kind=region
        X:great-lakes-africa|PLACE|African Great Lakes|Grands Lacs; région des Grands Lacs; Great Lakes region||kind=region
        X:sahel|PLACE|Sahel|Sahel; bande sahélo-saharienne|sahélien; sahélienne; sahéliens; sahéliennes; Sahelian|kind=region
        X:sahara|PLACE|Sahara|Sahara; désert du Sahara; Sahara desert||kind=region
        X:maghreb|PLACE|Maghreb|Maghreb|maghrébin; maghrébine; maghrébins; maghrébines; Maghrebi|kind=region
        X:levant|PLACE|Levant|Levant||kind=region
        X:balkans|PLACE|Balkans|Balkans; Balkans occidentaux; Western Balkans|balkanique; balkaniques; Balkan|kind=region
        X:caucasus|PLACE|Caucasus|Caucase; Caucasus; Caucase du Nord; North Caucasus; Caucase du Sud; South Caucasus|caucasien; caucasienne; caucasiens; Caucasian|kind=region
        X:latin-america|PLACE|Latin America|Amérique latine; Latin America; Amérique centrale; Central America|latino-américain; latino-américaine; latino-américains; latino-américaines; Latin American; Latin Americans|kind=region
        X:caribbean|PLACE|Caribbean|Caraïbes; Antilles; Caribbean||kind=region
        X:scandinavia|PLACE|Scandinavia|Scandinavie; Scandinavia|scandinave; scandinaves; Scandinavian; Scandinavians|kind=region
        X:baltic-states|PLACE|Baltic states|pays baltes; États baltes; Baltic states; Baltic States; Baltics|balte; baltes; Baltic|kind=region
        X:western-europe|PLACE|Western Europe|Europe de l'Ouest; Europe occidentale; Western Europe||kind=region
        X:eastern-europe|PLACE|Eastern Europe|Europe de l'Est; Europe orientale; Eastern Europe||kind=region
        X:central-europe|PLACE|Central Europe|Europe centrale; Central Europe||kind=region
        X:schengen-area|PLACE|Schengen Area|espace Schengen; Schengen Area; Schengen zone; zone Schengen||kind=region
        X:eurozone|PLACE|Eurozone|zone euro; eurozone; Eurozone; euro area||kind=region
        X:west|PLACE|Western world|Occident; Western world||kind=region
        # --- Seas, gulfs, straits, oceans ---
        Q34675|PLACE|Persian Gulf|Golfe persique; golfe Persique; Golfe arabo-persique; golfe Arabo-Persique; Golfe; Persian Gulf; Arabian Gulf; Gulf||kind=gulf
        X:gulf-of-mexico|PLACE|Gulf of Mexico|golfe du Mexique; Golfe du Mexique; Gulf of Mexico; golfe d'Amérique; Gulf of America||kind=gulf
        X:gulf-of-aden|PLACE|Gulf of Aden|golfe d'Aden; Golfe d'Aden; Gulf of Aden||kind=gulf
        X:gulf-of-guinea|PLACE|Gulf of Guinea|golfe de Guinée; Golfe de Guinée; Gulf of Guinea||kind=gulf
        X:gulf-of-oman|PLACE|Gulf of Oman|golfe d'Oman; Golfe d'Oman; Gulf of Oman||kind=gulf
        Q4918|PLACE|Mediterranean Sea|Méditerranée; mer Méditerranée; Mediterranean; Mediterranean Sea|méditerranéen; méditerranéenne; méditerranéens; Mediterranean|kind=sea
        Q166|PLACE|Black Sea|mer Noire; Mer Noire; Black Sea||kind=sea
        Q23406|PLACE|Red Sea|mer Rouge; Mer Rouge; Red Sea||kind=sea
        Q545|PLACE|Baltic Sea|mer Baltique; Baltique; Baltic Sea||kind=sea
        Q5484|PLACE|Caspian Sea|mer Caspienne; Caspienne; Caspian Sea||kind=sea
        Q37660|PLACE|South China Sea|mer de Chine méridionale; mer de Chine du Sud; South China Sea||kind=sea
        X:east-china-sea|PLACE|East China Sea|mer de Chine orientale; East China Sea||kind=sea
        X:north-sea|PLACE|North Sea|mer du Nord; North Sea||kind=sea
        X:english-channel|PLACE|English Channel|canal de la Manche; English Channel||kind=sea
        X:sea-of-azov|PLACE|Sea of Azov|mer d'Azov; Sea of Azov||kind=sea
        Q97|PLACE|Atlantic Ocean|océan Atlantique; Atlantique; Atlantic Ocean; Atlantic||kind=ocean
        Q98|PLACE|Pacific Ocean|océan Pacifique; Pacifique; Pacific Ocean; Pacific||kind=ocean
        Q1239|PLACE|Indian Ocean|océan Indien; Indian Ocean||kind=ocean
        X:strait-of-hormuz|PLACE|Strait of Hormuz|détroit d'Ormuz; Ormuz; Strait of Hormuz; Hormuz||kind=strait
        X:taiwan-strait|PLACE|Taiwan Strait|détroit de Taïwan; Taiwan Strait; Strait of Taiwan||kind=strait
        X:bab-el-mandeb|PLACE|Bab-el-Mandeb|détroit de Bab el-Mandeb; Bab el-Mandeb; Bab-el-Mandeb||kind=strait
        X:bosphorus|PLACE|Bosphorus|Bosphore; Bosphorus||kind=strait
        X:suez-canal|PLACE|Suez Canal|canal de Suez; Suez Canal||kind=canal
        X:panama-canal|PLACE|Panama Canal|canal de Panama; Panama Canal||kind=canal
        # --- Historical states and entities ---
        Q15180|PLACE|Soviet Union|Union soviétique; URSS; U.R.S.S.; Union des républiques socialistes soviétiques; Soviet Union; USSR; U.S.S.R.|soviétique; soviétiques; Soviet; Soviets|kind=historical state
        Q36704|PLACE|Yugoslavia|Yougoslavie; ex-Yougoslavie; Yugoslavia; former Yugoslavia|yougoslave; yougoslaves; Yugoslav|kind=historical state
        Q33946|PLACE|Czechoslovakia|Tchécoslovaquie; Czechoslovakia|tchécoslovaque; tchécoslovaques; Czechoslovak|kind=historical state
        Q16957|PLACE|East Germany|RDA; Allemagne de l'Est; République démocratique allemande; East Germany; German Democratic Republic; GDR|est-allemand; est-allemande; est-allemands; East German|kind=historical state
        Q713750|PLACE|West Germany|RFA; Allemagne de l'Ouest; West Germany|ouest-allemand; ouest-allemande; West German|kind=historical state
        Q12560|PLACE|Ottoman Empire|Empire ottoman; Ottoman Empire|ottoman; ottomane; ottomans; Ottoman|kind=historical state
        X:british-empire|PLACE|British Empire|Empire britannique; British Empire||kind=historical state
        X:third-reich|PLACE|Nazi Germany|Troisième Reich; IIIe Reich; Allemagne nazie; Third Reich; Nazi Germany|nazi; nazie; nazis; Nazi; Nazis|kind=historical state
        # --- Israel/Palestine ---
        Q36678|PLACE|West Bank|Cisjordanie; West Bank; Judée-Samarie; Judea and Samaria||kind=territory; country=Q219060
        Q39760|PLACE|Gaza Strip|bande de Gaza; Bande de Gaza; Gaza Strip; Gaza||kind=territory; country=Q219060
        X:east-jerusalem|PLACE|East Jerusalem|Jérusalem-Est; Jérusalem Est; East Jerusalem||kind=territory
        Q83210|PLACE|Golan Heights|plateau du Golan; Golan; Golan Heights; hauteurs du Golan||kind=territory
        X:sinai|PLACE|Sinai Peninsula|Sinaï; péninsule du Sinaï; Sinai; Sinai Peninsula||kind=region; country=Q79
        # --- Ukraine and Russia ---
        Q7835|PLACE|Crimea|Crimée; péninsule de Crimée; Crimea; Crimean Peninsula|criméen; criméenne; Crimean|kind=region
        X:donbas|PLACE|Donbas|Donbass; Donbas||kind=region; country=Q212
        X:donetsk-oblast|PLACE|Donetsk Oblast|oblast de Donetsk; région de Donetsk; Donetsk Oblast; Donetsk region||kind=region; country=Q212
        X:luhansk-oblast|PLACE|Luhansk Oblast|oblast de Louhansk; région de Louhansk; région de Lougansk; Luhansk Oblast; Luhansk region||kind=region; country=Q212
        X:zaporizhzhia-oblast|PLACE|Zaporizhzhia Oblast|oblast de Zaporijjia; région de Zaporijjia; Zaporizhzhia Oblast; Zaporizhzhia region||kind=region; country=Q212
        X:kherson-oblast|PLACE|Kherson Oblast|oblast de Kherson; région de Kherson; Kherson Oblast; Kherson region||kind=region; country=Q212
        X:kharkiv-oblast|PLACE|Kharkiv Oblast|oblast de Kharkiv; région de Kharkiv; Kharkiv Oblast; Kharkiv region||kind=region; country=Q212
        X:kursk-oblast|PLACE|Kursk Oblast|oblast de Koursk; région de Koursk; Kursk Oblast; Kursk region||kind=region; country=Q159
        X:chechnya|PLACE|Chechnya|Tchétchénie; Chechnya; Chechen Republic|tchétchène; tchétchènes; Chechen; Chechens|kind=region; country=Q159
        X:siberia|PLACE|Siberia|Sibérie; Siberia|sibérien; sibérienne; Siberian|kind=region; country=Q159
        # --- Caucasus, Central and South Asia ---
        X:nagorno-karabakh|PLACE|Nagorno-Karabakh|Haut-Karabakh; Nagorny Karabakh; Nagorno-Karabakh; Karabakh; Artsakh||kind=region
        X:kurdistan|PLACE|Kurdistan|Kurdistan||kind=region
        X:iraqi-kurdistan|PLACE|Kurdistan Region|Kurdistan irakien; Kurdistan d'Irak; Iraqi Kurdistan; Kurdistan Region; Kurdistan Region of Iraq||kind=region; country=Q796
        X:rojava|PLACE|Rojava|Rojava; Kurdistan syrien; Syrian Kurdistan||kind=region; country=Q858
        X:kashmir|PLACE|Kashmir|Cachemire; Kashmir; Jammu-et-Cachemire; Jammu and Kashmir||kind=region
        X:tibet|PLACE|Tibet|Tibet; région autonome du Tibet; Tibet Autonomous Region|tibétain; tibétaine; tibétains; Tibetan; Tibetans|kind=region; country=Q148
        X:xinjiang|PLACE|Xinjiang|Xinjiang; Sin-kiang; région autonome ouïghoure du Xinjiang||kind=region; country=Q148
        X:balochistan|PLACE|Balochistan|Baloutchistan; Balouchistan; Balochistan; Baluchistan||kind=region
        X:waziristan|PLACE|Waziristan|Waziristan||kind=region; country=Q843
        X:khyber-pakhtunkhwa|PLACE|Khyber Pakhtunkhwa|Khyber Pakhtunkhwa; Khyber-Pakhtunkhwa||kind=region; country=Q843
        X:khorasan|PLACE|Khorasan|Khorassan; Khorasan; Grand Khorassan||kind=historical region
        # --- Afghanistan: provinces and valleys ---
        X:kandahar-province|PLACE|Kandahar Province|province de Kandahar; Kandahar Province; Kandahar province||kind=province; country=Q889
        X:helmand-province|PLACE|Helmand Province|Helmand; province du Helmand; province de Helmand; Helmand Province; Helmand province||kind=province; country=Q889
        X:nangarhar-province|PLACE|Nangarhar Province|Nangarhar; province de Nangarhar; Nangarhar Province; Nangarhar province||kind=province; country=Q889
        X:panjshir|PLACE|Panjshir|Panjshir; Panchir; Panshir; vallée du Panjshir; Panjshir Valley; province du Panjshir||kind=province; country=Q889
        X:kunduz-province|PLACE|Kunduz Province|province de Kunduz; Kunduz Province; Kunduz province||kind=province; country=Q889
        X:herat-province|PLACE|Herat Province|province de Hérat; province d'Hérat; Herat Province; Herat province||kind=province; country=Q889
        X:balkh-province|PLACE|Balkh Province|Balkh; province de Balkh; Balkh Province||kind=province; country=Q889
        X:badakhshan|PLACE|Badakhshan|Badakhchan; Badakhshan; province du Badakhchan||kind=province; country=Q889
        X:ghazni-province|PLACE|Ghazni Province|province de Ghazni; Ghazni Province; Ghazni province||kind=province; country=Q889
        X:khost-province|PLACE|Khost Province|Khost; province de Khost; Khost Province||kind=province; country=Q889
        X:uruzgan|PLACE|Uruzgan Province|Uruzgan; Oruzgan; province d'Uruzgan; Uruzgan Province||kind=province; country=Q889
        X:zabul|PLACE|Zabul Province|Zabul; province de Zabul; Zabul Province||kind=province; country=Q889
        X:paktia|PLACE|Paktia Province|Paktia; province de Paktia; Paktia Province||kind=province; country=Q889
        X:kabul-province|PLACE|Kabul Province|province de Kaboul; Kabul Province; Kabul province||kind=province; country=Q889
        # --- Middle East and Africa sub-national regions ---
        X:idlib-governorate|PLACE|Idlib Governorate|province d'Idlib; gouvernorat d'Idlib; Idlib province; Idlib Governorate||kind=region; country=Q858
        X:anbar|PLACE|Al Anbar Governorate|Anbar; province d'Anbar; al-Anbar; Anbar province||kind=region; country=Q796
        X:darfur|PLACE|Darfur|Darfour; Darfur||kind=region; country=Q1049
        X:tigray|PLACE|Tigray|Tigré; Tigray||kind=region; country=Q115
        X:north-kivu|PLACE|North Kivu|Nord-Kivu; North Kivu||kind=region; country=Q974
        X:south-kivu|PLACE|South Kivu|Sud-Kivu; South Kivu||kind=region; country=Q974
        X:cabo-delgado|PLACE|Cabo Delgado|Cabo Delgado||kind=region; country=Q1029
        X:azawad|PLACE|Azawad|Azawad||kind=region; country=Q912
        X:kabylie|PLACE|Kabylie|Kabylie; Kabylia||kind=region; country=Q262
        X:rif|PLACE|Rif|Rif||kind=region; country=Q1028
        # --- Europe sub-national ---
        Q21|PLACE|England|Angleterre; England|anglais; anglaise; anglaises; English; Englishman; Englishwoman|kind=constituent country; country=Q145
        Q22|PLACE|Scotland|Écosse; Ecosse; Scotland|écossais; écossaise; écossaises; Scottish; Scots; Scot|kind=constituent country; country=Q145
        Q25|PLACE|Wales|Pays de Galles; Wales|gallois; galloise; galloises; Welsh|kind=constituent country; country=Q145
        Q26|PLACE|Northern Ireland|Irlande du Nord; Northern Ireland; Ulster|nord-irlandais; nord-irlandaise; nord-irlandais; Northern Irish|kind=constituent country; country=Q145
        X:catalonia|PLACE|Catalonia|Catalogne; Catalonia; Catalunya|catalan; catalane; catalans; catalanes; Catalan; Catalans|kind=region; country=Q29
        X:basque-country|PLACE|Basque Country|Pays basque; Pays Basque; Basque Country; Euskadi|basque; basques; Basque; Basques|kind=region
        X:corsica|PLACE|Corsica|Corse; Corsica|corse; corses; Corsican; Corsicans|kind=region; country=Q142
        X:brittany|PLACE|Brittany|Bretagne; Brittany|breton; bretonne; bretons; bretonnes; Breton; Bretons|kind=region; country=Q142
        X:ile-de-france|PLACE|Île-de-France|Île-de-France; Ile-de-France; région parisienne; Paris region||kind=region; country=Q142
        X:alsace|PLACE|Alsace|Alsace|alsacien; alsacienne; alsaciens; Alsatian|kind=region; country=Q142
        X:normandy|PLACE|Normandy|Normandie; Normandy|normand; normande; normands; Norman|kind=region; country=Q142
        X:provence|PLACE|Provence|Provence; Provence-Alpes-Côte d'Azur; PACA||kind=region; country=Q142
        X:bavaria|PLACE|Bavaria|Bavière; Bavaria; Bayern|bavarois; bavaroise; Bavarian|kind=region; country=Q183
        X:sicily|PLACE|Sicily|Sicile; Sicily; Sicilia|sicilien; sicilienne; Sicilian|kind=region; country=Q38
        X:flanders|PLACE|Flanders|Flandre; Flandres; Flanders; Vlaanderen|flamand; flamande; flamands; Flemish|kind=region; country=Q31
        X:wallonia|PLACE|Wallonia|Wallonie; Wallonia|wallon; wallonne; wallons; Walloon|kind=region; country=Q31
        X:transylvania|PLACE|Transylvania|Transylvanie; Transylvania||kind=region; country=Q218
        # --- Canada ---
        Q176|PLACE|Quebec|Québec; Quebec; province de Québec; province du Québec|québécois; québécoise; québécoises; Quebecer; Quebecers; Quebecois|kind=province; country=Q16
        Q1904|PLACE|Ontario|Ontario||kind=province; country=Q16
        Q1951|PLACE|Alberta|Alberta||kind=province; country=Q16
        Q1973|PLACE|British Columbia|Colombie-Britannique; British Columbia||kind=province; country=Q16
        # --- United States: states ---
        Q173|PLACE|Alabama|Alabama||kind=state; country=Q30
        Q797|PLACE|Alaska|Alaska||kind=state; country=Q30
        Q816|PLACE|Arizona|Arizona||kind=state; country=Q30
        Q1612|PLACE|Arkansas|Arkansas||kind=state; country=Q30
        Q99|PLACE|California|Californie; California||kind=state; country=Q30
        Q1261|PLACE|Colorado|Colorado||kind=state; country=Q30
        Q779|PLACE|Connecticut|Connecticut||kind=state; country=Q30
        Q1393|PLACE|Delaware|Delaware||kind=state; country=Q30
        Q812|PLACE|Florida|Floride; Florida||kind=state; country=Q30
        Q1428|PLACE|Georgia (U.S. state)|État de Géorgie; Etat de Géorgie; State of Georgia; Georgia State; Géorgie (États-Unis)||kind=state; country=Q30
        Q782|PLACE|Hawaii|Hawaï; Hawaii; Hawai'i||kind=state; country=Q30
        Q1222|PLACE|Idaho|Idaho||kind=state; country=Q30
        Q1204|PLACE|Illinois|Illinois||kind=state; country=Q30
        Q1415|PLACE|Indiana (U.S. state)|État de l'Indiana; State of Indiana||kind=state; country=Q30
        Q1546|PLACE|Iowa|Iowa||kind=state; country=Q30
        Q1558|PLACE|Kansas|Kansas||kind=state; country=Q30
        Q1603|PLACE|Kentucky|Kentucky||kind=state; country=Q30
        Q1588|PLACE|Louisiana|Louisiane; Louisiana||kind=state; country=Q30
        Q724|PLACE|Maine|Maine||kind=state; country=Q30
        Q1391|PLACE|Maryland|Maryland||kind=state; country=Q30
        Q771|PLACE|Massachusetts|Massachusetts||kind=state; country=Q30
        Q1166|PLACE|Michigan|Michigan||kind=state; country=Q30
        Q1527|PLACE|Minnesota|Minnesota||kind=state; country=Q30
        Q1494|PLACE|Mississippi (U.S. state)|État du Mississippi; State of Mississippi||kind=state; country=Q30
        Q1581|PLACE|Missouri|Missouri||kind=state; country=Q30
        Q1212|PLACE|Montana|Montana||kind=state; country=Q30
        Q1553|PLACE|Nebraska|Nebraska||kind=state; country=Q30
        Q1227|PLACE|Nevada|Nevada||kind=state; country=Q30
        Q759|PLACE|New Hampshire|New Hampshire||kind=state; country=Q30
        Q1408|PLACE|New Jersey|New Jersey||kind=state; country=Q30
        Q1522|PLACE|New Mexico|Nouveau-Mexique; New Mexico||kind=state; country=Q30
        Q1384|PLACE|New York (state)|État de New York; Etat de New York; New York State; State of New York||kind=state; country=Q30
        Q1454|PLACE|North Carolina|Caroline du Nord; North Carolina||kind=state; country=Q30
        Q1207|PLACE|North Dakota|Dakota du Nord; North Dakota||kind=state; country=Q30
        Q1397|PLACE|Ohio|Ohio||kind=state; country=Q30
        Q1649|PLACE|Oklahoma|Oklahoma||kind=state; country=Q30
        Q824|PLACE|Oregon|Oregon||kind=state; country=Q30
        Q1400|PLACE|Pennsylvania|Pennsylvanie; Pennsylvania||kind=state; country=Q30
        Q1387|PLACE|Rhode Island|Rhode Island||kind=state; country=Q30
        Q1456|PLACE|South Carolina|Caroline du Sud; South Carolina||kind=state; country=Q30
        Q1211|PLACE|South Dakota|Dakota du Sud; South Dakota||kind=state; country=Q30
        Q1509|PLACE|Tennessee|Tennessee||kind=state; country=Q30
        Q1439|PLACE|Texas|Texas||kind=state; country=Q30
        Q829|PLACE|Utah|Utah||kind=state; country=Q30
        Q16551|PLACE|Vermont|Vermont||kind=state; country=Q30
        Q1370|PLACE|Virginia|Virginie; Virginia; State of Virginia||kind=state; country=Q30
        Q1223|PLACE|Washington (state)|État de Washington; Etat de Washington; Washington State; State of Washington||kind=state; country=Q30
        Q1371|PLACE|West Virginia|Virginie-Occidentale; West Virginia||kind=state; country=Q30
        Q1537|PLACE|Wisconsin|Wisconsin||kind=state; country=Q30
        Q1214|PLACE|Wyoming|Wyoming||kind=state; country=Q30
        # --- Named sites: bases, airports, buildings, camps ---
        Q11208|PLACE|The Pentagon (building)|bâtiment du Pentagone; Pentagon building||kind=building; country=Q30
        X:capitol-hill|PLACE|Capitol Hill|Capitol Hill||kind=neighbourhood; country=Q30; tagger=unseen
        X:world-trade-center|PLACE|World Trade Center|World Trade Center; WTC; Twin Towers; tours jumelles; Tours jumelles; tours jumelles du World Trade Center; Ground Zero||kind=building; country=Q30
        X:us-capitol|PLACE|United States Capitol|Capitole; Capitole des États-Unis; US Capitol; U.S. Capitol; United States Capitol; Capitol||kind=building; country=Q30
        X:hamid-karzai-international-airport|PLACE|Hamid Karzai International Airport|aéroport international Hamid Karzaï; aéroport international Hamid-Karzaï; aéroport Hamid Karzaï; aéroport de Kaboul; aéroport international de Kaboul; Hamid Karzai International Airport; Kabul airport; Kabul International Airport; Kabul's airport||kind=airport; country=Q889
        X:bagram-airfield|PLACE|Bagram Airfield|base de Bagram; base aérienne de Bagram; Bagram; Bagram Airfield; Bagram Air Base; Bagram air base||kind=military base; country=Q889
        X:guantanamo|PLACE|Guantanamo Bay detention camp|Guantanamo; Guantánamo; prison de Guantanamo; camp de Guantanamo; Guantanamo Bay||kind=prison; country=Q241
        X:al-udeid|PLACE|Al Udeid Air Base|base d'Al-Oudeid; base aérienne d'Al-Udeid; Al Udeid Air Base; Al Udeid||kind=military base; country=Q846
        X:ramstein|PLACE|Ramstein Air Base|base de Ramstein; Ramstein; Ramstein Air Base||kind=military base; country=Q183
        X:zaporizhzhia-npp|PLACE|Zaporizhzhia Nuclear Power Plant|centrale nucléaire de Zaporijjia; centrale de Zaporijjia; Zaporizhzhia nuclear power plant; Zaporizhzhia Nuclear Power Plant||kind=power plant; country=Q212
        X:natanz|PLACE|Natanz|Natanz; site de Natanz; Natanz nuclear facility||kind=nuclear site; country=Q794
        X:fordow|PLACE|Fordow|Fordo; Fordow; site de Fordo||kind=nuclear site; country=Q794
        """#
}
