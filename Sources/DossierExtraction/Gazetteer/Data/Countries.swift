extension GazetteerData {
    /// Sovereign states (all UN members), UN observers and widely recognised or
    /// often-named territories: names in French and English (official and short),
    /// common variants, demonyms and nationality adjectives (fr m/f/pl, en).
    ///
    /// Line format: id|TYPE|English label|aliases|demonyms|extra
    /// Ambiguities deliberately left out (never used as aliases here):
    /// - "Georgia" (English): the country Q230 or the US state Q1428. The country keeps
    ///   "Géorgie" (French usage is unambiguous in news); the US state keeps only
    ///   qualified forms (see Regions). Bare English "Georgia" is in neither entry.
    /// - "Congo": Republic of the Congo Q971 or DR Congo Q974; only qualified forms are
    ///   listed. "congolais" (demonym) is shared too and is left out of both.
    /// - "Corée"/"Korea", "coréen"/"Korean": North or South; left out.
    /// - "Dominique" (French for Dominica) is also a common French first name; only
    ///   "Dominica"/"Commonwealth de la Dominique" are listed.
    /// - "Maurice" (French for Mauritius) is also a first name; only "Île Maurice" etc.
    /// - "Grenade" (French for Grenada) is also Granada (Spain) and the weapon.
    /// - "Hollande" is also François Hollande's surname; Netherlands keeps "Holland".
    /// - "Mexico" is the country in English but Mexico City in French; listed on the
    ///   country (the city keeps "Mexico City", "Ciudad de México").
    /// - "Guatemala", "Panama", "Djibouti", "Koweït", "Luxembourg", "Monaco", "Singapour",
    ///   "Saint-Marin": bare name goes to the country, the city gets qualified forms.
    /// - "Salomon" (Solomon Islands) is a surname; only "Îles Salomon".
    /// - "Réunion" is also a common noun ("réunion"); only "La Réunion".
    /// - Ethnic demonyms shared with groups inside other states ("tadjik", "ouzbek",
    ///   "turkmène" in Afghanistan) resolve to the state; the extractor should not
    ///   treat them as mentions anyway.
    static let countries = #"""
        # id|TYPE|English label|aliases|demonyms|extra
        # --- Africa ---
        Q262|PLACE|Algeria|Algérie; Algeria; République algérienne démocratique et populaire; People's Democratic Republic of Algeria|algérien; algérienne; algériens; algériennes; Algerian; Algerians|capital=Q3561
        Q916|PLACE|Angola|Angola; République d'Angola; Republic of Angola|angolais; angolaise; angolaises; Angolan; Angolans|capital=Q3897
        Q962|PLACE|Benin|Bénin; Benin; République du Bénin; Republic of Benin|béninois; béninoise; béninoises; Beninese|capital=Q3799
        Q963|PLACE|Botswana|Botswana; République du Botswana; Republic of Botswana|botswanais; botswanaise; botswanaises; Motswana; Batswana|capital=Q3919
        Q965|PLACE|Burkina Faso|Burkina Faso; Burkina|burkinabè; burkinabé; burkinabée; burkinabés; burkinabées; Burkinabe; Burkinabè|capital=Q3777
        Q967|PLACE|Burundi|Burundi; République du Burundi; Republic of Burundi|burundais; burundaise; burundaises; Burundian; Burundians|capital=Q167551
        Q1009|PLACE|Cameroon|Cameroun; Cameroon; République du Cameroun; Republic of Cameroon|camerounais; camerounaise; camerounaises; Cameroonian; Cameroonians|capital=Q3808
        Q1011|PLACE|Cape Verde|Cap-Vert; Cap Vert; Cape Verde; Cabo Verde; République du Cap-Vert|cap-verdien; cap-verdienne; cap-verdiens; cap-verdiennes; Cape Verdean; Cape Verdeans|capital=Q3751
        Q929|PLACE|Central African Republic|République centrafricaine; Centrafrique; Central African Republic; RCA|centrafricain; centrafricaine; centrafricains; centrafricaines; Central African; Central Africans|capital=Q3832
        Q657|PLACE|Chad|Tchad; Chad; République du Tchad; Republic of Chad|tchadien; tchadienne; tchadiens; tchadiennes; Chadian; Chadians|capital=Q3659
        Q970|PLACE|Comoros|Comores; Comoros; Union des Comores; Union of the Comoros|comorien; comorienne; comoriens; comoriennes; Comorian; Comorians|capital=Q3901
        Q971|PLACE|Republic of the Congo|République du Congo; Congo-Brazzaville; Congo Brazzaville; Congo-Brazza; Republic of the Congo; Republic of Congo|brazzavillois; brazzavilloise|capital=Q3844
        Q974|PLACE|Democratic Republic of the Congo|République démocratique du Congo; RDC; RD Congo; RD du Congo; Congo-Kinshasa; Congo Kinshasa; Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Zaïre; Zaire||capital=Q3838
        Q1008|PLACE|Côte d'Ivoire|Côte d'Ivoire; Cote d'Ivoire; Côte-d'Ivoire; Ivory Coast; République de Côte d'Ivoire|ivoirien; ivoirienne; ivoiriens; ivoiriennes; Ivorian; Ivorians|capital=Q3768
        Q977|PLACE|Djibouti|Djibouti; République de Djibouti; Republic of Djibouti|djiboutien; djiboutienne; djiboutiens; djiboutiennes; Djiboutian; Djiboutians|capital=Q3604
        Q79|PLACE|Egypt|Égypte; Egypt; République arabe d'Égypte; Arab Republic of Egypt|égyptien; égyptienne; égyptiens; égyptiennes; Egyptian; Egyptians|capital=Q85
        Q983|PLACE|Equatorial Guinea|Guinée équatoriale; Equatorial Guinea; République de Guinée équatoriale|équato-guinéen; équato-guinéenne; équato-guinéens; équato-guinéennes; Equatoguinean; Equatorial Guinean|capital=Q3818
        Q986|PLACE|Eritrea|Érythrée; Eritrea; État d'Érythrée; State of Eritrea|érythréen; érythréenne; érythréens; érythréennes; Eritrean; Eritreans|capital=Q3642
        Q1050|PLACE|Eswatini|Eswatini; Swaziland; Royaume d'Eswatini; Kingdom of Eswatini|swazi; swazie; swazis; swazies; Swazi; Swazis|capital=X:mbabane
        Q115|PLACE|Ethiopia|Éthiopie; Ethiopia; République fédérale démocratique d'Éthiopie; Federal Democratic Republic of Ethiopia|éthiopien; éthiopienne; éthiopiens; éthiopiennes; Ethiopian; Ethiopians|capital=Q3624
        Q1000|PLACE|Gabon|Gabon; République gabonaise; Gabonese Republic|gabonais; gabonaise; gabonaises; Gabonese|capital=Q3825
        Q1005|PLACE|The Gambia|Gambie; Gambia; The Gambia; République de Gambie|gambien; gambienne; gambiens; gambiennes; Gambian; Gambians|capital=Q3726
        Q117|PLACE|Ghana|Ghana; République du Ghana; Republic of Ghana|ghanéen; ghanéenne; ghanéens; ghanéennes; Ghanaian; Ghanaians|capital=Q3761
        Q1006|PLACE|Guinea|Guinée; Guinea; Guinée-Conakry; Guinée Conakry; Guinea-Conakry; République de Guinée; Republic of Guinea|guinéen; guinéenne; guinéens; guinéennes; Guinean; Guineans|capital=Q3733
        Q1007|PLACE|Guinea-Bissau|Guinée-Bissau; Guinée Bissau; Guinea-Bissau; Guinea Bissau|bissau-guinéen; bissau-guinéenne; bissau-guinéens; bissau-guinéennes; Bissau-Guinean; Bissau-Guineans|capital=Q3739
        Q114|PLACE|Kenya|Kenya; République du Kenya; Republic of Kenya|kényan; kényane; kényans; kényanes; kenyan; kenyane; kenyans; kenyanes; Kenyan; Kenyans|capital=Q3870
        Q1013|PLACE|Lesotho|Lesotho; Royaume du Lesotho; Kingdom of Lesotho|lésothien; lésothienne; lésothiens; lésothiennes; Mosotho; Basotho|capital=Q3909
        Q1014|PLACE|Liberia|Liberia; Libéria; République du Liberia; Republic of Liberia|libérien; libérienne; libériens; libériennes; Liberian; Liberians|capital=Q3748
        Q1016|PLACE|Libya|Libye; Libya; État de Libye; State of Libya|libyen; libyenne; libyens; libyennes; Libyan; Libyans|capital=Q3579
        Q1019|PLACE|Madagascar|Madagascar; République de Madagascar; Republic of Madagascar|malgache; malgaches; Malagasy|capital=Q3915
        Q1020|PLACE|Malawi|Malawi; République du Malawi; Republic of Malawi|malawite; malawites; malawien; malawienne; malawiens; malawiennes; Malawian; Malawians|capital=Q3876
        Q912|PLACE|Mali|Mali; République du Mali; Republic of Mali|malien; malienne; maliens; maliennes; Malian; Malians|capital=Q3703
        Q1025|PLACE|Mauritania|Mauritanie; Mauritania; République islamique de Mauritanie; Islamic Republic of Mauritania|mauritanien; mauritanienne; mauritaniens; mauritaniennes; Mauritanian; Mauritanians|capital=Q3688
        Q1027|PLACE|Mauritius|Île Maurice; Ile Maurice; île Maurice; Mauritius; République de Maurice; Republic of Mauritius|mauricien; mauricienne; mauriciens; mauriciennes; Mauritian; Mauritians|capital=Q3929
        Q1028|PLACE|Morocco|Maroc; Morocco; Royaume du Maroc; Kingdom of Morocco; Marruecos|marocain; marocaine; marocains; marocaines; Moroccan; Moroccans|capital=Q3551
        Q1029|PLACE|Mozambique|Mozambique; République du Mozambique; Republic of Mozambique|mozambicain; mozambicaine; mozambicains; mozambicaines; Mozambican; Mozambicans|capital=Q3889
        Q1030|PLACE|Namibia|Namibie; Namibia; République de Namibie; Republic of Namibia|namibien; namibienne; namibiens; namibiennes; Namibian; Namibians|capital=Q3935
        Q1032|PLACE|Niger|Niger; République du Niger; Republic of the Niger|nigérien; nigérienne; nigériens; nigériennes; Nigerien; Nigeriens|capital=Q3674
        Q1033|PLACE|Nigeria|Nigeria; Nigéria; République fédérale du Nigeria; Federal Republic of Nigeria|nigérian; nigériane; nigérians; nigérianes; Nigerian; Nigerians|capital=Q3787
        Q1037|PLACE|Rwanda|Rwanda; République du Rwanda; Republic of Rwanda|rwandais; rwandaise; rwandaises; Rwandan; Rwandans|capital=Q3859
        Q1039|PLACE|São Tomé and Príncipe|Sao Tomé-et-Principe; São Tomé-et-Príncipe; Sao Tome-et-Principe; São Tomé and Príncipe; Sao Tome and Principe|santoméen; santoméenne; santoméens; santoméennes; Santomean; Santomeans|capital=Q3932
        Q1041|PLACE|Senegal|Sénégal; Senegal; République du Sénégal; Republic of Senegal|sénégalais; sénégalaise; sénégalaises; Senegalese|capital=Q3718
        Q1042|PLACE|Seychelles|Seychelles; République des Seychelles; Republic of Seychelles|seychellois; seychelloise; seychelloises; Seychellois|capital=Q3940
        Q1044|PLACE|Sierra Leone|Sierra Leone; République de Sierra Leone; Republic of Sierra Leone|sierra-léonais; sierra-léonaise; sierra-léonaises; Sierra Leonean; Sierra Leoneans|capital=Q3780
        Q1045|PLACE|Somalia|Somalie; Somalia; République fédérale de Somalie; Federal Republic of Somalia|somalien; somalienne; somaliens; somaliennes; Somali; Somalis; Somalian|capital=Q2449
        Q258|PLACE|South Africa|Afrique du Sud; South Africa; République d'Afrique du Sud; Republic of South Africa|sud-africain; sud-africaine; sud-africains; sud-africaines; South African; South Africans|capital=Q3926
        Q958|PLACE|South Sudan|Soudan du Sud; Sud-Soudan; South Sudan; République du Soudan du Sud; Republic of South Sudan|sud-soudanais; sud-soudanaise; sud-soudanaises; South Sudanese|capital=Q1947
        Q1049|PLACE|Sudan|Soudan; Sudan; République du Soudan; Republic of the Sudan|soudanais; soudanaise; soudanaises; Sudanese|capital=Q1963
        Q924|PLACE|Tanzania|Tanzanie; Tanzania; République-Unie de Tanzanie; United Republic of Tanzania|tanzanien; tanzanienne; tanzaniens; tanzaniennes; Tanzanian; Tanzanians|capital=Q3866
        Q945|PLACE|Togo|Togo; République togolaise; Togolese Republic|togolais; togolaise; togolaises; Togolese|capital=Q3792
        Q948|PLACE|Tunisia|Tunisie; Tunisia; République tunisienne; Republic of Tunisia|tunisien; tunisienne; tunisiens; tunisiennes; Tunisian; Tunisians|capital=Q3572
        Q1036|PLACE|Uganda|Ouganda; Uganda; République de l'Ouganda; Republic of Uganda|ougandais; ougandaise; ougandaises; Ugandan; Ugandans|capital=Q3894
        Q953|PLACE|Zambia|Zambie; Zambia; République de Zambie; Republic of Zambia|zambien; zambienne; zambiens; zambiennes; Zambian; Zambians|capital=Q3881
        Q954|PLACE|Zimbabwe|Zimbabwe; République du Zimbabwe; Republic of Zimbabwe|zimbabwéen; zimbabwéenne; zimbabwéens; zimbabwéennes; Zimbabwean; Zimbabweans|capital=Q3921
        # --- Americas ---
        Q781|PLACE|Antigua and Barbuda|Antigua-et-Barbuda; Antigua et Barbuda; Antigua and Barbuda|antiguais; antiguaise; antiguaises; Antiguan; Antiguans|capital=Q36262
        Q414|PLACE|Argentina|Argentine; Argentina; République argentine; Argentine Republic|argentin; argentine; argentins; argentines; Argentinian; Argentinians; Argentinean|capital=Q1486
        Q778|PLACE|The Bahamas|Bahamas; The Bahamas; Commonwealth des Bahamas; Commonwealth of The Bahamas|bahaméen; bahaméenne; bahaméens; bahaméennes; Bahamian; Bahamians|capital=Q2467
        Q244|PLACE|Barbados|Barbade; Barbados|barbadien; barbadienne; barbadiens; barbadiennes; Barbadian; Barbadians; Bajan|capital=Q36168
        Q242|PLACE|Belize|Belize; Bélize|bélizien; bélizienne; béliziens; béliziennes; Belizean; Belizeans|capital=Q3043
        Q750|PLACE|Bolivia|Bolivie; Bolivia; État plurinational de Bolivie; Plurinational State of Bolivia|bolivien; bolivienne; boliviens; boliviennes; Bolivian; Bolivians|capital=Q2907; seat=Q1491
        Q155|PLACE|Brazil|Brésil; Brazil; Brasil; République fédérative du Brésil; Federative Republic of Brazil|brésilien; brésilienne; brésiliens; brésiliennes; Brazilian; Brazilians|capital=Q2844
        Q16|PLACE|Canada|Canada|canadien; canadienne; canadiens; canadiennes; Canadian; Canadians|capital=Q1930
        Q298|PLACE|Chile|Chili; Chile; République du Chili; Republic of Chile|chilien; chilienne; chiliens; chiliennes; Chilean; Chileans|capital=Q2887
        Q739|PLACE|Colombia|Colombie; Colombia; République de Colombie; Republic of Colombia|colombien; colombienne; colombiens; colombiennes; Colombian; Colombians|capital=Q2841
        Q800|PLACE|Costa Rica|Costa Rica; République du Costa Rica; Republic of Costa Rica|costaricien; costaricienne; costariciens; costariciennes; costaricain; costaricaine; costaricains; costaricaines; Costa Rican; Costa Ricans|capital=Q3070
        Q241|PLACE|Cuba|Cuba; République de Cuba; Republic of Cuba|cubain; cubaine; cubains; cubaines; Cuban; Cubans|capital=Q1563
        Q784|PLACE|Dominica|Dominica; Commonwealth de la Dominique; Commonwealth of Dominica|dominiquais; dominiquaise; dominiquaises|capital=Q36281
        Q786|PLACE|Dominican Republic|République dominicaine; Dominican Republic; República Dominicana|dominicain; dominicaine; dominicains; dominicaines; Dominican; Dominicans|capital=Q34820
        Q736|PLACE|Ecuador|Équateur; Ecuador; République de l'Équateur; Republic of Ecuador|équatorien; équatorienne; équatoriens; équatoriennes; Ecuadorian; Ecuadorians; Ecuadorean|capital=Q2900
        Q792|PLACE|El Salvador|Salvador; El Salvador; République du Salvador; Republic of El Salvador|salvadorien; salvadorienne; salvadoriens; salvadoriennes; Salvadoran; Salvadorans; Salvadorean|capital=Q3110
        Q769|PLACE|Grenada|Grenada|grenadien; grenadienne; grenadiens; grenadiennes; Grenadian; Grenadians|capital=Q41547
        Q774|PLACE|Guatemala|Guatemala; République du Guatemala; Republic of Guatemala|guatémaltèque; guatémaltèques; Guatemalan; Guatemalans|capital=Q1555
        Q734|PLACE|Guyana|Guyana; République coopérative du Guyana; Co-operative Republic of Guyana|guyanien; guyanienne; guyaniens; guyaniennes; Guyanese|capital=Q10717
        Q790|PLACE|Haiti|Haïti; Haiti; République d'Haïti; Republic of Haiti|haïtien; haïtienne; haïtiens; haïtiennes; Haitian; Haitians|capital=Q34261
        Q783|PLACE|Honduras|Honduras; République du Honduras; Republic of Honduras|hondurien; hondurienne; honduriens; honduriennes; Honduran; Hondurans|capital=Q3238
        Q766|PLACE|Jamaica|Jamaïque; Jamaica|jamaïcain; jamaïcaine; jamaïcains; jamaïcaines; Jamaican; Jamaicans|capital=Q34692
        Q96|PLACE|Mexico|Mexique; Mexico; México; États-Unis mexicains; United Mexican States|mexicain; mexicaine; mexicains; mexicaines; Mexican; Mexicans|capital=Q1489
        Q811|PLACE|Nicaragua|Nicaragua; République du Nicaragua; Republic of Nicaragua|nicaraguayen; nicaraguayenne; nicaraguayens; nicaraguayennes; Nicaraguan; Nicaraguans|capital=Q3274
        Q804|PLACE|Panama|Panama; Panamá; République du Panama; Republic of Panama|panaméen; panaméenne; panaméens; panaméennes; Panamanian; Panamanians|capital=Q3306
        Q733|PLACE|Paraguay|Paraguay; République du Paraguay; Republic of Paraguay|paraguayen; paraguayenne; paraguayens; paraguayennes; Paraguayan; Paraguayans|capital=Q2933
        Q419|PLACE|Peru|Pérou; Peru; Perú; République du Pérou; Republic of Peru|péruvien; péruvienne; péruviens; péruviennes; Peruvian; Peruvians|capital=Q2868
        Q763|PLACE|Saint Kitts and Nevis|Saint-Christophe-et-Niévès; Saint-Kitts-et-Nevis; Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis|kittitien; kittitienne; Kittitian; Nevisian|capital=Q41295
        Q760|PLACE|Saint Lucia|Sainte-Lucie; Saint Lucia; St Lucia; St. Lucia|saint-lucien; saint-lucienne; saint-luciens; saint-luciennes; Saint Lucian; Saint Lucians|capital=Q41699
        Q757|PLACE|Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines; Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent and the Grenadines|vincentais; vincentaise; Vincentian; Vincentians|capital=Q41474
        Q730|PLACE|Suriname|Suriname; Surinam; République du Suriname; Republic of Suriname|surinamais; surinamaise; surinamaises; surinamien; Surinamese|capital=Q3001
        Q754|PLACE|Trinidad and Tobago|Trinité-et-Tobago; Trinidad-et-Tobago; Trinidad and Tobago|trinidadien; trinidadienne; trinidadiens; trinidadiennes; Trinidadian; Trinidadians; Trinbagonian|capital=Q39178
        Q30|PLACE|United States|États-Unis; Etats-Unis; États Unis; Etats Unis; États-Unis d'Amérique; Etats-Unis d'Amérique; United States; United States of America; USA; U.S.A.; US; U.S.; Amérique; America; Estados Unidos; Vereinigte Staaten|américain; américaine; américains; américaines; étasunien; étasunienne; étasuniens; étasuniennes; états-unien; états-unienne; états-uniens; états-uniennes; American; Americans|capital=Q61
        Q77|PLACE|Uruguay|Uruguay; République orientale de l'Uruguay; Oriental Republic of Uruguay|uruguayen; uruguayenne; uruguayens; uruguayennes; Uruguayan; Uruguayans|capital=Q1335
        Q717|PLACE|Venezuela|Venezuela; Vénézuéla; République bolivarienne du Venezuela; Bolivarian Republic of Venezuela|vénézuélien; vénézuélienne; vénézuéliens; vénézuéliennes; Venezuelan; Venezuelans|capital=Q1533
        # --- Asia ---
        Q889|PLACE|Afghanistan|Afghanistan; République islamique d'Afghanistan; Islamic Republic of Afghanistan; Émirat islamique d'Afghanistan; Islamic Emirate of Afghanistan|afghan; afghane; afghans; afghanes; Afghan; Afghans; Afghani|capital=Q5838
        Q399|PLACE|Armenia|Arménie; Armenia; République d'Arménie; Republic of Armenia|arménien; arménienne; arméniens; arméniennes; Armenian; Armenians|capital=Q1953
        Q227|PLACE|Azerbaijan|Azerbaïdjan; Azerbaidjan; Azerbaijan; République d'Azerbaïdjan; Republic of Azerbaijan|azerbaïdjanais; azerbaïdjanaise; azerbaïdjanaises; azéri; azérie; azéris; azéries; Azerbaijani; Azerbaijanis; Azeri; Azeris|capital=Q9248
        Q398|PLACE|Bahrain|Bahreïn; Bahrein; Bahrain; Royaume de Bahreïn; Kingdom of Bahrain|bahreïni; bahreïnie; bahreïnis; bahreïnies; bahreïnien; bahreïnienne; Bahraini; Bahrainis|capital=Q3882
        Q902|PLACE|Bangladesh|Bangladesh; République populaire du Bangladesh; People's Republic of Bangladesh|bangladais; bangladaise; bangladaises; Bangladeshi; Bangladeshis|capital=Q1354
        Q917|PLACE|Bhutan|Bhoutan; Bhutan; Royaume du Bhoutan; Kingdom of Bhutan|bhoutanais; bhoutanaise; bhoutanaises; Bhutanese|capital=Q9270
        Q921|PLACE|Brunei|Brunei; Brunéi; Brunei Darussalam|brunéien; brunéienne; brunéiens; brunéiennes; Bruneian; Bruneians|capital=Q9279
        Q424|PLACE|Cambodia|Cambodge; Cambodia; Royaume du Cambodge; Kingdom of Cambodia|cambodgien; cambodgienne; cambodgiens; cambodgiennes; Cambodian; Cambodians|capital=Q1850
        Q148|PLACE|China|Chine; China; République populaire de Chine; People's Republic of China; RPC; PRC; Chine populaire; Chine continentale; mainland China|chinois; chinoise; chinoises; Chinese|capital=Q956
        Q574|PLACE|East Timor|Timor oriental; Timor-Leste; Timor Leste; East Timor; République démocratique du Timor oriental|est-timorais; est-timoraise; est-timoraises; timorais; timoraise; Timorese; East Timorese|capital=Q9310
        Q230|PLACE|Georgia (country)|Géorgie; Georgie; Sakartvelo; République de Géorgie|géorgien; géorgienne; géorgiens; géorgiennes; Georgian; Georgians|capital=Q994
        Q668|PLACE|India|Inde; India; République de l'Inde; Republic of India; Bharat|indien; indienne; indiens; indiennes; Indian; Indians|capital=Q987
        Q252|PLACE|Indonesia|Indonésie; Indonesia; République d'Indonésie; Republic of Indonesia|indonésien; indonésienne; indonésiens; indonésiennes; Indonesian; Indonesians|capital=Q3630
        Q794|PLACE|Iran|Iran; République islamique d'Iran; Islamic Republic of Iran|iranien; iranienne; iraniens; iraniennes; Iranian; Iranians|capital=Q3616
        Q796|PLACE|Iraq|Irak; Iraq; République d'Irak; Republic of Iraq|irakien; irakienne; irakiens; irakiennes; iraquien; iraquienne; iraquiens; iraquiennes; Iraqi; Iraqis|capital=Q1530
        Q801|PLACE|Israel|Israël; Israel; État d'Israël; Etat d'Israël; State of Israel|israélien; israélienne; israéliens; israéliennes; Israeli; Israelis|capital=Q1218
        Q17|PLACE|Japan|Japon; Japan; Nippon; Nihon|japonais; japonaise; japonaises; nippon; nippone; nippons; nippones; Japanese|capital=Q1490
        Q810|PLACE|Jordan|Jordanie; Jordan; Royaume hachémite de Jordanie; Hashemite Kingdom of Jordan|jordanien; jordanienne; jordaniens; jordaniennes; Jordanian; Jordanians|capital=Q3805
        Q232|PLACE|Kazakhstan|Kazakhstan; Kazakstan; République du Kazakhstan; Republic of Kazakhstan|kazakh; kazakhe; kazakhs; kazakhes; kazakhstanais; kazakhstanaise; kazakhstanaises; Kazakh; Kazakhs; Kazakhstani; Kazakhstanis|capital=Q1520
        Q817|PLACE|Kuwait|Koweït; Koweit; Kuwait; État du Koweït; State of Kuwait|koweïtien; koweïtienne; koweïtiens; koweïtiennes; Kuwaiti; Kuwaitis|capital=Q35178
        Q813|PLACE|Kyrgyzstan|Kirghizistan; Kirghizstan; Kirghizie; Kyrgyzstan; Kyrgyz Republic; République kirghize|kirghiz; kirghize; kirghizes; kirghizstanais; kirghizstanaise; Kyrgyz; Kyrgyzstani; Kyrgyzstanis|capital=Q9361
        Q819|PLACE|Laos|Laos; République démocratique populaire lao; Lao People's Democratic Republic; Lao PDR|laotien; laotienne; laotiens; laotiennes; Laotian; Laotians|capital=Q9326
        Q822|PLACE|Lebanon|Liban; Lebanon; République libanaise; Lebanese Republic|libanais; libanaise; libanaises; Lebanese|capital=Q3820
        Q833|PLACE|Malaysia|Malaisie; Malaysie; Malaysia|malaisien; malaisienne; malaisiens; malaisiennes; malaysien; malaysienne; malaysiens; malaysiennes; Malaysian; Malaysians|capital=Q1865
        Q826|PLACE|Maldives|Maldives; République des Maldives; Republic of Maldives|maldivien; maldivienne; maldiviens; maldiviennes; Maldivian; Maldivians|capital=Q9347
        Q711|PLACE|Mongolia|Mongolie; Mongolia|mongol; mongole; mongols; mongoles; Mongolian; Mongolians|capital=Q23430
        Q836|PLACE|Myanmar|Birmanie; Myanmar; Burma; République de l'Union du Myanmar; Republic of the Union of Myanmar|birman; birmane; birmans; birmanes; Burmese|capital=Q37400
        Q837|PLACE|Nepal|Népal; Nepal; République fédérale démocratique du Népal|népalais; népalaise; népalaises; Nepali; Nepalis; Nepalese|capital=Q3037
        Q423|PLACE|North Korea|Corée du Nord; Nord-Corée; North Korea; République populaire démocratique de Corée; Democratic People's Republic of Korea; RPDC; DPRK|nord-coréen; nord-coréenne; nord-coréens; nord-coréennes; North Korean; North Koreans|capital=Q18808
        Q842|PLACE|Oman|Oman; Sultanat d'Oman; Sultanate of Oman|omanais; omanaise; omanaises; Omani; Omanis|capital=Q3826
        Q843|PLACE|Pakistan|Pakistan; République islamique du Pakistan; Islamic Republic of Pakistan|pakistanais; pakistanaise; pakistanaises; Pakistani; Pakistanis|capital=Q1362
        Q928|PLACE|Philippines|Philippines; République des Philippines; Republic of the Philippines|philippin; philippine; philippins; Filipino; Filipinos; Filipina; Filipinas; Philippine|capital=Q1461
        Q846|PLACE|Qatar|Qatar; Katar; État du Qatar; State of Qatar|qatari; qatarie; qataris; qataries; qatarien; qatarienne; Qatari; Qataris|capital=Q3861
        Q851|PLACE|Saudi Arabia|Arabie saoudite; Arabie Saoudite; Saudi Arabia; Royaume d'Arabie saoudite; Kingdom of Saudi Arabia|saoudien; saoudienne; saoudiens; saoudiennes; Saudi; Saudis; Saudi Arabian|capital=Q3692
        Q334|PLACE|Singapore|Singapour; Singapore; République de Singapour; Republic of Singapore|singapourien; singapourienne; singapouriens; singapouriennes; Singaporean; Singaporeans|
        Q884|PLACE|South Korea|Corée du Sud; South Korea; République de Corée; Republic of Korea; ROK|sud-coréen; sud-coréenne; sud-coréens; sud-coréennes; South Korean; South Koreans|capital=Q8684
        Q854|PLACE|Sri Lanka|Sri Lanka; Ceylan; Ceylon; République socialiste démocratique du Sri Lanka|sri-lankais; sri-lankaise; sri-lankaises; srilankais; srilankaise; Sri Lankan; Sri Lankans|capital=Q41963
        Q858|PLACE|Syria|Syrie; Syria; République arabe syrienne; Syrian Arab Republic|syrien; syrienne; syriens; syriennes; Syrian; Syrians|capital=Q3766
        Q863|PLACE|Tajikistan|Tadjikistan; Tajikistan; République du Tadjikistan; Republic of Tajikistan|tadjik; tadjike; tadjiks; tadjikes; tadjikistanais; tadjikistanaise; Tajik; Tajiks; Tajikistani; Tajikistanis|capital=Q9365
        Q869|PLACE|Thailand|Thaïlande; Thailande; Thailand; Royaume de Thaïlande; Kingdom of Thailand; Siam|thaïlandais; thaïlandaise; thaïlandaises; thaï; thaïe; thaïs; thaïes; Thai; Thais|capital=Q1861
        Q43|PLACE|Turkey|Turquie; Turkey; Türkiye; Turkiye; République de Turquie; Republic of Turkey; Republic of Türkiye|turc; turque; turcs; turques; Turkish; Turks; Turk|capital=Q3640
        Q874|PLACE|Turkmenistan|Turkménistan; Turkmenistan|turkmène; turkmènes; Turkmen; Turkmens; Turkmenistani|capital=Q23438
        Q878|PLACE|United Arab Emirates|Émirats arabes unis; Emirats arabes unis; Émirats Arabes Unis; Émirats; United Arab Emirates; UAE; U.A.E.; EAU|émirien; émirienne; émiriens; émiriennes; émirati; émiratie; émiratis; émiraties; Emirati; Emiratis|capital=Q1519
        Q265|PLACE|Uzbekistan|Ouzbékistan; Ouzbekistan; Uzbekistan; République d'Ouzbékistan; Republic of Uzbekistan|ouzbek; ouzbèke; ouzbeks; ouzbèkes; ouzbékistanais; Uzbek; Uzbeks; Uzbekistani|capital=Q269
        Q881|PLACE|Vietnam|Viêt Nam; Vietnam; Viet Nam; Viêt-nam; Viêtnam; République socialiste du Viêt Nam; Socialist Republic of Vietnam|vietnamien; vietnamienne; vietnamiens; vietnamiennes; Vietnamese|capital=Q1858
        Q805|PLACE|Yemen|Yémen; Yemen; République du Yémen; Republic of Yemen|yéménite; yéménites; Yemeni; Yemenis; Yemenite|capital=Q2471
        # --- Europe ---
        Q222|PLACE|Albania|Albanie; Albania; République d'Albanie; Republic of Albania|albanais; albanaise; albanaises; Albanian; Albanians|capital=Q19689
        Q228|PLACE|Andorra|Andorre; Andorra; Principauté d'Andorre; Principality of Andorra|andorran; andorrane; andorrans; andorranes; Andorran; Andorrans|capital=Q1863
        Q40|PLACE|Austria|Autriche; Austria; Österreich; République d'Autriche; Republic of Austria|autrichien; autrichienne; autrichiens; autrichiennes; Austrian; Austrians|capital=Q1741
        Q184|PLACE|Belarus|Biélorussie; Bélarus; Belarus; Byelorussia; Belorussia; République de Biélorussie; Republic of Belarus|biélorusse; biélorusses; bélarusse; bélarusses; Belarusian; Belarusians; Byelorussian|capital=Q2280
        Q31|PLACE|Belgium|Belgique; Belgium; België; Belgien; Royaume de Belgique; Kingdom of Belgium|belge; belges; Belgian; Belgians|capital=Q239
        Q225|PLACE|Bosnia and Herzegovina|Bosnie-Herzégovine; Bosnie Herzégovine; Bosnie; Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia|bosnien; bosnienne; bosniens; bosniennes; bosniaque; bosniaques; Bosnian; Bosnians|capital=Q11194
        Q219|PLACE|Bulgaria|Bulgarie; Bulgaria; République de Bulgarie; Republic of Bulgaria|bulgare; bulgares; Bulgarian; Bulgarians|capital=Q472
        Q224|PLACE|Croatia|Croatie; Croatia; Hrvatska; République de Croatie; Republic of Croatia|croate; croates; Croatian; Croatians; Croat; Croats|capital=Q1435
        Q229|PLACE|Cyprus|Chypre; Cyprus; République de Chypre; Republic of Cyprus|chypriote; chypriotes; cypriote; cypriotes; Cypriot; Cypriots|capital=Q3856
        Q213|PLACE|Czech Republic|Tchéquie; République tchèque; Czech Republic; Czechia|tchèque; tchèques; Czech; Czechs|capital=Q1085
        Q35|PLACE|Denmark|Danemark; Denmark; Royaume du Danemark; Kingdom of Denmark|danois; danoise; danoises; Danish; Dane; Danes|capital=Q1748
        Q191|PLACE|Estonia|Estonie; Estonia; Eesti; République d'Estonie; Republic of Estonia|estonien; estonienne; estoniens; estoniennes; Estonian; Estonians|capital=Q1770
        Q33|PLACE|Finland|Finlande; Finland; Suomi; République de Finlande; Republic of Finland|finlandais; finlandaise; finlandaises; Finnish; Finn; Finns|capital=Q1757
        Q142|PLACE|France|France; République française; French Republic; Hexagone|français; française; françaises; French; Frenchman; Frenchwoman; Frenchmen; Frenchwomen|capital=Q90
        Q183|PLACE|Germany|Allemagne; Germany; Deutschland; République fédérale d'Allemagne; Federal Republic of Germany; Bundesrepublik Deutschland; Alemania|allemand; allemande; allemands; allemandes; German; Germans|capital=Q64
        Q41|PLACE|Greece|Grèce; Greece; Hellas; Ellada; République hellénique; Hellenic Republic|grec; grecque; grecs; grecques; hellène; hellènes; hellénique; helléniques; Greek; Greeks|capital=Q1524
        Q28|PLACE|Hungary|Hongrie; Hungary; Magyarország|hongrois; hongroise; hongroises; Hungarian; Hungarians|capital=Q1781
        Q189|PLACE|Iceland|Islande; Iceland; Ísland|islandais; islandaise; islandaises; Icelandic; Icelander; Icelanders|capital=Q1764
        Q27|PLACE|Ireland|Irlande; Ireland; République d'Irlande; Republic of Ireland; Éire; Eire|irlandais; irlandaise; irlandaises; Irish; Irishman; Irishwoman|capital=Q1761
        Q38|PLACE|Italy|Italie; Italy; Italia; République italienne; Italian Republic|italien; italienne; italiens; italiennes; transalpin; transalpine; transalpins; Italian; Italians|capital=Q220
        Q211|PLACE|Latvia|Lettonie; Latvia; Latvija; République de Lettonie; Republic of Latvia|letton; lettone; lettons; lettones; Latvian; Latvians|capital=Q1773
        Q347|PLACE|Liechtenstein|Liechtenstein; Principauté du Liechtenstein; Principality of Liechtenstein|liechtensteinois; liechtensteinoise; liechtensteinoises; Liechtensteiner; Liechtensteiners|capital=Q1844
        Q37|PLACE|Lithuania|Lituanie; Lithuania; Lietuva; République de Lituanie; Republic of Lithuania|lituanien; lituanienne; lituaniens; lituaniennes; Lithuanian; Lithuanians|capital=Q216
        Q32|PLACE|Luxembourg|Luxembourg; Grand-Duché de Luxembourg; Grand Duchy of Luxembourg|luxembourgeois; luxembourgeoise; luxembourgeoises; Luxembourger; Luxembourgers; Luxembourgish|capital=Q1842
        Q233|PLACE|Malta|Malte; Malta; République de Malte; Republic of Malta|maltais; maltaise; maltaises; Maltese|capital=Q23800
        Q217|PLACE|Moldova|Moldavie; Moldova; République de Moldavie; Republic of Moldova|moldave; moldaves; Moldovan; Moldovans|capital=Q21197
        Q235|PLACE|Monaco|Monaco; Principauté de Monaco; Principality of Monaco|monégasque; monégasques; Monegasque; Monégasque; Monegasques|capital=Q55115
        Q236|PLACE|Montenegro|Monténégro; Montenegro; Crna Gora|monténégrin; monténégrine; monténégrins; monténégrines; Montenegrin; Montenegrins|capital=Q23564
        Q55|PLACE|Netherlands|Pays-Bas; Pays Bas; Netherlands; Nederland; Holland; Royaume des Pays-Bas; Kingdom of the Netherlands|néerlandais; néerlandaise; néerlandaises; hollandais; hollandaise; hollandaises; Dutch; Dutchman; Dutchwoman|capital=Q727
        Q221|PLACE|North Macedonia|Macédoine du Nord; North Macedonia; République de Macédoine du Nord; Republic of North Macedonia; Macédoine; Macedonia; ARYM; FYROM|macédonien; macédonienne; macédoniens; macédoniennes; Macedonian; Macedonians|capital=Q384
        Q20|PLACE|Norway|Norvège; Norway; Norge; Royaume de Norvège; Kingdom of Norway|norvégien; norvégienne; norvégiens; norvégiennes; Norwegian; Norwegians|capital=Q585
        Q36|PLACE|Poland|Pologne; Poland; Polska; République de Pologne; Republic of Poland|polonais; polonaise; polonaises; Polish; Poles|capital=Q270
        Q45|PLACE|Portugal|Portugal; République portugaise; Portuguese Republic|portugais; portugaise; portugaises; lusitanien; Portuguese|capital=Q597
        Q218|PLACE|Romania|Roumanie; Romania; România|roumain; roumaine; roumains; roumaines; Romanian; Romanians|capital=Q19660
        Q159|PLACE|Russia|Russie; Russia; Fédération de Russie; Russian Federation; Rossiya|russe; russes; Russian; Russians|capital=Q649
        Q238|PLACE|San Marino|Saint-Marin; San Marino; République de Saint-Marin; Republic of San Marino|saint-marinais; saint-marinaise; saint-marinaises; Sammarinese|capital=Q1848
        Q403|PLACE|Serbia|Serbie; Serbia; Srbija; République de Serbie; Republic of Serbia|serbe; serbes; Serbian; Serbians; Serb; Serbs|capital=Q3711
        Q214|PLACE|Slovakia|Slovaquie; Slovakia; Slovensko; République slovaque; Slovak Republic|slovaque; slovaques; Slovak; Slovaks; Slovakian|capital=Q1780
        Q215|PLACE|Slovenia|Slovénie; Slovenia; Slovenija; République de Slovénie; Republic of Slovenia|slovène; slovènes; Slovenian; Slovenians; Slovene; Slovenes|capital=Q437
        Q29|PLACE|Spain|Espagne; Spain; España; Royaume d'Espagne; Kingdom of Spain|espagnol; espagnole; espagnols; espagnoles; ibérique; Spanish; Spaniard; Spaniards|capital=Q2807
        Q34|PLACE|Sweden|Suède; Sweden; Sverige; Royaume de Suède; Kingdom of Sweden|suédois; suédoise; suédoises; Swedish; Swede; Swedes|capital=Q1754
        Q39|PLACE|Switzerland|Suisse; Switzerland; Confédération suisse; Swiss Confederation; Schweiz; Svizzera; Helvétie|suisse; suisses; suissesse; suissesses; helvétique; helvétiques; Swiss|capital=Q70
        Q212|PLACE|Ukraine|Ukraine; Ukraïna|ukrainien; ukrainienne; ukrainiens; ukrainiennes; Ukrainian; Ukrainians|capital=Q1899
        Q145|PLACE|United Kingdom|Royaume-Uni; Royaume Uni; United Kingdom; UK; U.K.; Grande-Bretagne; Grande Bretagne; Great Britain; Britain; Royaume-Uni de Grande-Bretagne et d'Irlande du Nord; United Kingdom of Great Britain and Northern Ireland|britannique; britanniques; British; Briton; Britons|capital=Q84
        Q237|PLACE|Vatican City|Vatican; Cité du Vatican; État de la Cité du Vatican; Vatican City; Vatican City State; Saint-Siège; Holy See|vatican; vaticane; vaticans; vaticanes|
        # --- Oceania ---
        Q408|PLACE|Australia|Australie; Australia; Commonwealth d'Australie; Commonwealth of Australia|australien; australienne; australiens; australiennes; Australian; Australians|capital=Q3114
        Q712|PLACE|Fiji|Fidji; Îles Fidji; Fiji; Republic of Fiji|fidjien; fidjienne; fidjiens; fidjiennes; Fijian; Fijians|capital=Q38807
        Q710|PLACE|Kiribati|Kiribati; République des Kiribati; Republic of Kiribati|kiribatien; kiribatienne; I-Kiribati|capital=Q131233
        Q709|PLACE|Marshall Islands|Îles Marshall; Marshall Islands; République des Îles Marshall; Republic of the Marshall Islands|marshallais; marshallaise; Marshallese|capital=Q12919
        Q702|PLACE|Federated States of Micronesia|États fédérés de Micronésie; Federated States of Micronesia; Micronésie; Micronesia|micronésien; micronésienne; micronésiens; micronésiennes; Micronesian; Micronesians|capital=Q42751
        Q697|PLACE|Nauru|Nauru; République de Nauru; Republic of Nauru|nauruan; nauruane; nauruans; Nauruan; Nauruans|capital=Q31026
        Q664|PLACE|New Zealand|Nouvelle-Zélande; Nouvelle Zélande; New Zealand; Aotearoa|néo-zélandais; néo-zélandaise; néo-zélandaises; New Zealander; New Zealanders|capital=Q23661
        Q695|PLACE|Palau|Palaos; Palau; Belau; République des Palaos; Republic of Palau|paluan; paluane; Palauan; Palauans|capital=Q515229
        Q691|PLACE|Papua New Guinea|Papouasie-Nouvelle-Guinée; Papouasie Nouvelle-Guinée; Papua New Guinea; PNG|papouan-néo-guinéen; papouane-néo-guinéenne; Papua New Guinean; Papua New Guineans|capital=Q36526
        Q683|PLACE|Samoa|Samoa; Samoa occidentales; État indépendant des Samoa; Independent State of Samoa|samoan; samoane; samoans; samoanes; Samoan; Samoans|capital=Q36260
        Q685|PLACE|Solomon Islands|Îles Salomon; Solomon Islands|salomonais; salomonaise; salomonaises; Solomon Islander; Solomon Islanders|capital=Q40921
        Q678|PLACE|Tonga|Tonga; Royaume des Tonga; Kingdom of Tonga|tongien; tongienne; tongiens; tongiennes; Tongan; Tongans|capital=Q38834
        Q672|PLACE|Tuvalu|Tuvalu|tuvaluan; tuvaluane; Tuvaluan; Tuvaluans|capital=Q34126
        Q686|PLACE|Vanuatu|Vanuatu; République de Vanuatu; Republic of Vanuatu|vanuatais; vanuataise; Ni-Vanuatu|capital=Q37806
        # --- UN observer states, partially recognised states, disputed territories ---
        Q219060|PLACE|State of Palestine|Palestine; État de Palestine; Etat de Palestine; State of Palestine; Territoires palestiniens; territoires palestiniens; Palestinian territories; Palestinian Territories; Territoires palestiniens occupés; Occupied Palestinian Territories|palestinien; palestinienne; palestiniens; palestiniennes; Palestinian; Palestinians|seat=X:ramallah
        Q1246|PLACE|Kosovo|Kosovo; Kosova; République du Kosovo; Republic of Kosovo|kosovar; kosovare; kosovars; kosovares; Kosovar; Kosovars; Kosovan|capital=Q25270
        Q865|PLACE|Taiwan|Taïwan; Taiwan; République de Chine; Republic of China; Formose; Formosa|taïwanais; taïwanaise; taïwanaises; taiwanais; taiwanaise; Taiwanese|capital=Q1867
        Q6250|PLACE|Western Sahara|Sahara occidental; Western Sahara; ex-Sahara espagnol; Sahara Occidental|sahraoui; sahraouie; sahraouis; sahraouies; Sahrawi; Sahrawis; Saharawi|capital=X:laayoune
        Q40362|PLACE|Sahrawi Arab Democratic Republic|République arabe sahraouie démocratique; RASD; Sahrawi Arab Democratic Republic; Sahrawi Republic; SADR||
        Q23681|PLACE|Northern Cyprus|Chypre du Nord; République turque de Chypre du Nord; Northern Cyprus; Turkish Republic of Northern Cyprus; RTCN; TRNC|chypriote turc; chypriotes turcs; Turkish Cypriot; Turkish Cypriots|
        Q23334|PLACE|Abkhazia|Abkhazie; Abkhazia; République d'Abkhazie|abkhaze; abkhazes; Abkhaz; Abkhazian; Abkhazians|
        Q23427|PLACE|South Ossetia|Ossétie du Sud; South Ossetia; Ossétie du Sud-Alanie|sud-ossète; sud-ossètes; South Ossetian; South Ossetians|
        Q907112|PLACE|Transnistria|Transnistrie; Transnistria; Pridnestrovie; Transdniestrie; Transdniestria|transnistrien; transnistrienne; transnistriens; Transnistrian; Transnistrians|
        Q34754|PLACE|Somaliland|Somaliland; République du Somaliland; Republic of Somaliland|somalilandais; somalilandaise; Somalilander; Somalilanders|
        # --- Dependent and autonomous territories often in the news ---
        Q8646|PLACE|Hong Kong|Hong Kong; Hongkong; Hong-Kong; Région administrative spéciale de Hong Kong; Hong Kong Special Administrative Region; HKSAR|hongkongais; hongkongaise; hongkongaises; Hongkonger; Hongkongers; Hong Konger; Hong Kongers|country=Q148
        Q14773|PLACE|Macau|Macao; Macau; Région administrative spéciale de Macao; Macau Special Administrative Region|macanais; macanaise; macanaises; Macanese|country=Q148
        Q223|PLACE|Greenland|Groenland; Greenland; Kalaallit Nunaat|groenlandais; groenlandaise; groenlandaises; Greenlandic; Greenlander; Greenlanders|capital=Q226; country=Q35
        Q4628|PLACE|Faroe Islands|Îles Féroé; Féroé; Faroe Islands; Faroes; Føroyar|féroïen; féroïenne; féroïens; féroïennes; Faroese|country=Q35
        Q1183|PLACE|Puerto Rico|Porto Rico; Puerto Rico|portoricain; portoricaine; portoricains; portoricaines; Puerto Rican; Puerto Ricans|country=Q30
        Q16635|PLACE|Guam|Guam|guamanien; guamanienne; Guamanian; Guamanians|country=Q30
        Q1410|PLACE|Gibraltar|Gibraltar; Rocher de Gibraltar|gibraltarien; gibraltarienne; gibraltariens; Gibraltarian; Gibraltarians|country=Q145
        Q23635|PLACE|Bermuda|Bermudes; Bermuda; Bermudas|bermudien; bermudienne; bermudiens; Bermudian; Bermudians|country=Q145
        Q5785|PLACE|Cayman Islands|Îles Caïmans; Îles Caïman; Caïmans; Cayman Islands; Caymans|caïmanais; caïmanaise; Caymanian; Caymanians|country=Q145
        Q9648|PLACE|Falkland Islands|Îles Malouines; Malouines; Falkland Islands; Falklands; Îles Falkland; Islas Malvinas; Malvinas|Falkland Islander; Falkland Islanders|country=Q145
        Q33788|PLACE|New Caledonia|Nouvelle-Calédonie; Nouvelle Calédonie; New Caledonia; Kanaky|néo-calédonien; néo-calédonienne; néo-calédoniens; néo-calédoniennes; calédonien; calédonienne; calédoniens; New Caledonian; New Caledonians|country=Q142
        Q30971|PLACE|French Polynesia|Polynésie française; Polynésie; French Polynesia; Tahiti Nui|polynésien; polynésienne; polynésiens; polynésiennes; French Polynesian; French Polynesians|country=Q142
        Q17070|PLACE|La Réunion|La Réunion; Île de La Réunion; île de la Réunion; Reunion Island; Réunion Island|réunionnais; réunionnaise; réunionnaises; Réunionese|country=Q142
        Q17054|PLACE|Martinique|Martinique|martiniquais; martiniquaise; martiniquaises; Martinican; Martinicans|country=Q142
        Q17012|PLACE|Guadeloupe|Guadeloupe|guadeloupéen; guadeloupéenne; guadeloupéens; guadeloupéennes; Guadeloupean; Guadeloupeans|country=Q142
        Q3769|PLACE|French Guiana|Guyane; Guyane française; French Guiana|guyanais; guyanaise; guyanaises; French Guianese|country=Q142
        Q17063|PLACE|Mayotte|Mayotte|mahorais; mahoraise; mahoraises; Mahoran; Mahorans|country=Q142
        Q21203|PLACE|Aruba|Aruba|arubais; arubaise; Aruban; Arubans|country=Q29999
        Q25279|PLACE|Curaçao|Curaçao; Curacao|curacien; curacienne; Curaçaoan; Curaçaoans|country=Q29999
        """#
}
