extension GazetteerData {
    /// International organisations, government and defence bodies, armed forces and
    /// armed groups, news agencies and outlets, major companies and parties.
    ///
    /// Rules followed here:
    /// - Bare generic institution names are NOT aliases of one country's body:
    ///   "ministère de la Défense", "ministry of defence", "Sénat"/"Senate",
    ///   "Cour suprême"/"Supreme Court", "Parlement", "gouvernement", "armée",
    ///   "état-major". Only country-qualified forms are listed ("Sénat américain",
    ///   "US Senate", "Department of Defense", which is US-only usage). In the seeds,
    ///   "ministère de la Défense" is the US DoD by context (000); the extractor must
    ///   resolve that from context (a nearby "Pentagone"), not from this table.
    /// - "Pentagone"/"Pentagon" = US Department of Defense (Q11209, the institution).
    ///   The building (Q11208) is in Regions with qualified forms only; the seeds'
    ///   "the attacks on ... the Pentagon" (002) names the building: a context rule
    ///   (attack/strike on + Pentagon) should retype it.
    /// - "Congrès"/"Congress" are listed for the US Congress (overwhelmingly that in
    ///   news); party congresses are lowercase "congrès" in French but the matcher
    ///   accepts any case for lowercase aliases, so only the capitalized form is given.
    /// - Left out as too ambiguous: "RSF" (Reporters sans frontières vs Sudan's Rapid
    ///   Support Forces), "FDS" (Syrian Democratic Forces vs Sahel "forces de défense et
    ///   de sécurité"), "OAS" (Organization of American States vs the French Algerian
    ///   war's Organisation armée secrète), bare "Wagner" (also the composer),
    ///   "ABC", "The Times", "Total", "X" (Twitter), "NSA" as adviser.
    static let organisations = #"""
        # id|TYPE|English label|aliases|demonyms|extra
        # --- United Nations system ---
        Q1065|ORG|United Nations|ONU; Organisation des Nations unies; Organisation des Nations Unies; Nations unies; Nations Unies; United Nations; UN; U.N.; Vereinte Nationen; Naciones Unidas|onusien; onusienne; onusiens; onusiennes|kind=international organisation
        Q37470|ORG|United Nations Security Council|Conseil de sécurité; Conseil de sécurité de l'ONU; Conseil de sécurité des Nations unies; Conseil de sécurité des Nations Unies; CSNU; Security Council; UN Security Council; U.N. Security Council; United Nations Security Council; UNSC||kind=UN organ
        Q47423|ORG|United Nations General Assembly|Assemblée générale des Nations unies; Assemblée générale de l'ONU; UN General Assembly; U.N. General Assembly; United Nations General Assembly; UNGA||kind=UN organ
        Q205650|ORG|United Nations Human Rights Council|Conseil des droits de l'homme de l'ONU; Conseil des droits de l'homme des Nations unies; UN Human Rights Council; United Nations Human Rights Council||kind=UN organ
        Q656812|ORG|Office of the High Commissioner for Human Rights|Haut-Commissariat des Nations unies aux droits de l'homme; Haut-Commissariat aux droits de l'homme; HCDH; OHCHR; Office of the High Commissioner for Human Rights; UN Human Rights Office||kind=UN agency
        Q132551|ORG|UNHCR|HCR; Haut-Commissariat des Nations unies pour les réfugiés; Haut-Commissariat aux réfugiés; UNHCR; United Nations High Commissioner for Refugees; UN Refugee Agency; UN refugee agency||kind=UN agency
        Q846656|ORG|UNRWA|UNRWA; Office de secours et de travaux des Nations unies pour les réfugiés de Palestine; United Nations Relief and Works Agency for Palestine Refugees; United Nations Relief and Works Agency||kind=UN agency
        Q1065854|ORG|United Nations Office for the Coordination of Humanitarian Affairs|OCHA; Bureau de la coordination des affaires humanitaires; Office for the Coordination of Humanitarian Affairs||kind=UN agency
        Q161718|ORG|United Nations Development Programme|PNUD; Programme des Nations unies pour le développement; UNDP; United Nations Development Programme||kind=UN agency
        Q204344|ORG|World Food Programme|PAM; Programme alimentaire mondial; WFP; World Food Programme; World Food Program||kind=UN agency
        Q82151|ORG|Food and Agriculture Organization|FAO; Organisation des Nations unies pour l'alimentation et l'agriculture; Food and Agriculture Organization||kind=UN agency
        Q54129|ORG|International Labour Organization|OIT; Organisation internationale du travail; Organisation internationale du Travail; ILO; International Labour Organization||kind=UN agency
        Q7817|ORG|World Health Organization|OMS; Organisation mondiale de la santé; Organisation mondiale de la Santé; WHO; World Health Organization; World Health Organisation||kind=UN agency
        Q7809|ORG|UNESCO|UNESCO; Unesco; Organisation des Nations unies pour l'éducation, la science et la culture; United Nations Educational, Scientific and Cultural Organization||kind=UN agency
        Q740308|ORG|UNICEF|UNICEF; Unicef; Fonds des Nations unies pour l'enfance; United Nations Children's Fund||kind=UN agency
        Q41984|ORG|International Atomic Energy Agency|AIEA; Agence internationale de l'énergie atomique; IAEA; International Atomic Energy Agency||kind=UN agency
        Q7804|ORG|International Monetary Fund|FMI; Fonds monétaire international; IMF; International Monetary Fund||kind=international organisation
        Q7164|ORG|World Bank|Banque mondiale; World Bank; Weltbank; Banco Mundial||kind=international organisation
        Q7825|ORG|World Trade Organization|OMC; Organisation mondiale du commerce; Organisation mondiale du Commerce; WTO; World Trade Organization||kind=international organisation
        Q7801|ORG|International Court of Justice|Cour internationale de justice; Cour internationale de Justice; CIJ; International Court of Justice; ICJ||kind=international court
        Q47488|ORG|International Criminal Court|Cour pénale internationale; CPI; International Criminal Court; ICC||kind=international court
        X:unifil|ORG|United Nations Interim Force in Lebanon|FINUL; Force intérimaire des Nations unies au Liban; UNIFIL; United Nations Interim Force in Lebanon||kind=UN mission
        X:monusco|ORG|MONUSCO|MONUSCO; Mission de l'Organisation des Nations unies pour la stabilisation en RD Congo||kind=UN mission
        X:minusma|ORG|MINUSMA|MINUSMA; Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali||kind=UN mission
        X:unama|ORG|United Nations Assistance Mission in Afghanistan|MANUA; UNAMA; Mission d'assistance des Nations unies en Afghanistan; United Nations Assistance Mission in Afghanistan||kind=UN mission
        # --- Other intergovernmental organisations and groupings ---
        Q7184|ORG|NATO|OTAN; Otan; NATO; Nato; Alliance atlantique; Atlantic Alliance; Organisation du traité de l'Atlantique nord; Organisation du traité de l'Atlantique Nord; North Atlantic Treaty Organization; North Atlantic Treaty Organisation||kind=military alliance
        Q944947|ORG|North Atlantic Council|Conseil de l'Atlantique nord; Conseil de l'Atlantique Nord; North Atlantic Council||kind=NATO organ
        Q1432908|ORG|Supreme Headquarters Allied Powers Europe|SHAPE; Grand Quartier général des puissances alliées en Europe; Supreme Headquarters Allied Powers Europe||kind=NATO command
        Q458|ORG|European Union|Union européenne; UE; European Union; EU; E.U.; Europäische Union; Unión Europea|européen; européenne; européens; européennes; European; Europeans|kind=supranational union
        Q8880|ORG|European Commission|Commission européenne; European Commission; Commission de Bruxelles; Europäische Kommission||kind=EU institution
        Q8889|ORG|European Parliament|Parlement européen; European Parliament; Europarlement; Europäisches Parlament||kind=EU institution
        Q8886|ORG|European Council|Conseil européen; European Council||kind=EU institution
        Q8896|ORG|Council of the European Union|Conseil de l'Union européenne; Conseil de l'UE; Council of the European Union; Council of the EU||kind=EU institution
        Q8901|ORG|European Central Bank|Banque centrale européenne; BCE; European Central Bank; ECB; Europäische Zentralbank; EZB||kind=EU institution
        Q4951|ORG|Court of Justice of the European Union|Cour de justice de l'Union européenne; CJUE; Court of Justice of the European Union; CJEU||kind=EU institution
        Q672941|ORG|European External Action Service|Service européen pour l'action extérieure; SEAE; European External Action Service; EEAS||kind=EU institution
        Q149964|ORG|Eurogroup|Eurogroupe; Eurogroup||kind=EU body
        X:frontex|ORG|Frontex|Frontex; Agence européenne de garde-frontières et de garde-côtes; European Border and Coast Guard Agency||kind=EU agency
        X:europol|ORG|Europol|Europol||kind=EU agency
        Q8908|ORG|Council of Europe|Conseil de l'Europe; Council of Europe; Europarat||kind=international organisation
        Q122880|ORG|European Court of Human Rights|Cour européenne des droits de l'homme; Cour européenne des droits de l'Homme; CEDH; European Court of Human Rights; ECtHR||kind=international court
        Q81299|ORG|Organization for Security and Co-operation in Europe|OSCE; Organisation pour la sécurité et la coopération en Europe; Organization for Security and Co-operation in Europe||kind=international organisation
        Q7159|ORG|African Union|Union africaine; UA; African Union; AU||kind=international organisation
        Q193272|ORG|Economic Community of West African States|CEDEAO; Communauté économique des États de l'Afrique de l'Ouest; ECOWAS; Economic Community of West African States||kind=international organisation
        Q7172|ORG|Arab League|Ligue arabe; Ligue des États arabes; Arab League; League of Arab States||kind=international organisation
        Q217172|ORG|Gulf Cooperation Council|Conseil de coopération du Golfe; CCG; Gulf Cooperation Council; GCC||kind=international organisation
        Q47543|ORG|Organisation of Islamic Cooperation|Organisation de la coopération islamique; OCI; Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC||kind=international organisation
        Q123759|ORG|Organization of American States|Organisation des États américains; OEA; Organization of American States||kind=international organisation
        Q7795|ORG|OPEC|OPEP; Organisation des pays exportateurs de pétrole; OPEC; Organization of the Petroleum Exporting Countries||kind=international organisation
        Q41550|ORG|OECD|OCDE; Organisation de coopération et de développement économiques; OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development||kind=international organisation
        Q826700|ORG|International Energy Agency|AIE; Agence internationale de l'énergie; IEA; International Energy Agency||kind=international organisation
        Q8475|ORG|Interpol|Interpol; INTERPOL; Organisation internationale de police criminelle; International Criminal Police Organization||kind=international organisation
        Q7785|ORG|Commonwealth of Nations|Commonwealth; Commonwealth des nations; Commonwealth of Nations||kind=international organisation
        Q83201|ORG|Non-Aligned Movement|Mouvement des non-alignés; Non-Aligned Movement||kind=international organisation
        Q42262|ORG|European Space Agency|Agence spatiale européenne; ESA; European Space Agency||kind=international organisation
        Q42944|ORG|CERN|CERN; Organisation européenne pour la recherche nucléaire; European Organization for Nuclear Research||kind=international organisation
        Q40970|ORG|International Olympic Committee|Comité international olympique; CIO; International Olympic Committee; IOC||kind=sports body
        Q253414|ORG|FIFA|FIFA; Fédération internationale de football association||kind=sports body
        Q35572|ORG|UEFA|UEFA; Union des associations européennes de football||kind=sports body
        Q1764511|ORG|G7|G7; G-7; Groupe des sept; Groupe des Sept; Group of Seven||kind=intergovernmental forum
        X:g20|ORG|G20|G20; G-20; Groupe des vingt; Groupe des Vingt; Group of Twenty||kind=intergovernmental forum
        X:brics|ORG|BRICS|BRICS; Brics||kind=intergovernmental forum
        X:asean|ORG|ASEAN|ASEAN; Asean; ANASE; Association des nations de l'Asie du Sud-Est; Association of Southeast Asian Nations||kind=international organisation
        X:sco|ORG|Shanghai Cooperation Organisation|Organisation de coopération de Shanghai; OCS; Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO||kind=international organisation
        X:csto|ORG|Collective Security Treaty Organization|Organisation du traité de sécurité collective; OTSC; Collective Security Treaty Organization; CSTO||kind=military alliance
        X:oif|ORG|Organisation internationale de la Francophonie|Organisation internationale de la Francophonie; OIF; Francophonie; International Organisation of La Francophonie||kind=international organisation
        X:mercosur|ORG|Mercosur|Mercosur; Mercosul; Marché commun du Sud; Southern Common Market||kind=trade bloc
        X:aukus|ORG|AUKUS|AUKUS; Aukus||kind=security pact
        X:quad|ORG|Quadrilateral Security Dialogue|Dialogue quadrilatéral pour la sécurité; Quadrilateral Security Dialogue||kind=security dialogue
        X:wef|ORG|World Economic Forum|Forum économique mondial; World Economic Forum; WEF||kind=foundation
        # --- NGOs and humanitarian organisations ---
        X:icrc|ORG|International Committee of the Red Cross|Comité international de la Croix-Rouge; CICR; International Committee of the Red Cross; ICRC||kind=humanitarian organisation
        X:red-cross|ORG|Red Cross|Croix-Rouge; Croix Rouge; Red Cross; Croissant-Rouge; Red Crescent||kind=humanitarian organisation
        X:msf|ORG|Médecins Sans Frontières|Médecins sans frontières; Médecins Sans Frontières; MSF; Doctors Without Borders||kind=NGO
        X:amnesty-international|ORG|Amnesty International|Amnesty International; Amnesty||kind=NGO
        X:human-rights-watch|ORG|Human Rights Watch|Human Rights Watch; HRW||kind=NGO
        X:reporters-without-borders|ORG|Reporters Without Borders|Reporters sans frontières; Reporters Without Borders||kind=NGO
        X:transparency-international|ORG|Transparency International|Transparency International||kind=NGO
        X:greenpeace|ORG|Greenpeace|Greenpeace||kind=NGO
        X:oxfam|ORG|Oxfam|Oxfam||kind=NGO
        X:save-the-children|ORG|Save the Children|Save the Children||kind=NGO
        X:federal-reserve|ORG|Federal Reserve|Réserve fédérale; Réserve fédérale américaine; Federal Reserve; Fed; US Federal Reserve||kind=central bank; country=Q30
        # --- United States: government, defence, intelligence ---
        Q11209|ORG|United States Department of Defense|Pentagone; Pentagon; département de la Défense; Département de la Défense; département américain de la Défense; Département de la Défense des États-Unis; ministère de la Défense des États-Unis; ministère américain de la Défense; Department of Defense; US Department of Defense; U.S. Department of Defense; United States Department of Defense; Defense Department; DoD; DOD; Department of War; US Department of War; département de la Guerre des États-Unis||kind=government department; country=Q30
        X:joint-chiefs-of-staff|ORG|Joint Chiefs of Staff|chefs d'état-major interarmées; Comité des chefs d'état-major interarmées; comité des chefs d'état-major interarmées; Joint Chiefs of Staff; Joint Chiefs||kind=military body; country=Q30
        X:centcom|ORG|United States Central Command|CENTCOM; Centcom; commandement central; Commandement central des États-Unis; commandement central américain; Commandement central américain; US Central Command; U.S. Central Command; United States Central Command; Central Command||kind=military command; country=Q30
        X:africom|ORG|United States Africa Command|AFRICOM; Africom; commandement des États-Unis pour l'Afrique; US Africa Command; U.S. Africa Command; United States Africa Command||kind=military command; country=Q30
        X:us-army|ORG|United States Army|US Army; U.S. Army; United States Army||kind=armed force; country=Q30
        X:us-air-force|ORG|United States Air Force|US Air Force; U.S. Air Force; United States Air Force; USAF||kind=armed force; country=Q30
        X:us-navy|ORG|United States Navy|US Navy; U.S. Navy; United States Navy||kind=armed force; country=Q30
        X:us-marine-corps|ORG|United States Marine Corps|US Marine Corps; U.S. Marine Corps; United States Marine Corps; Marine Corps; USMC||kind=armed force; country=Q30
        Q37230|ORG|Central Intelligence Agency|CIA; Central Intelligence Agency; Agence centrale de renseignement||kind=intelligence agency; country=Q30
        Q8333|ORG|Federal Bureau of Investigation|FBI; Federal Bureau of Investigation; Bureau fédéral d'enquête||kind=law enforcement agency; country=Q30
        X:nsa|ORG|National Security Agency|NSA; National Security Agency; Agence nationale de la sécurité||kind=intelligence agency; country=Q30
        X:us-nsc|ORG|United States National Security Council|Conseil de sécurité nationale des États-Unis; Conseil de sécurité nationale américain; National Security Council; US National Security Council||kind=government body; country=Q30
        X:dhs|ORG|United States Department of Homeland Security|Département de la Sécurité intérieure; département de la Sécurité intérieure; Department of Homeland Security; Homeland Security Department; DHS||kind=government department; country=Q30
        X:ice|ORG|U.S. Immigration and Customs Enforcement|ICE; Immigration and Customs Enforcement; police de l'immigration américaine||kind=law enforcement agency; country=Q30
        X:us-doj|ORG|United States Department of Justice|département de la Justice américain; Département de la Justice des États-Unis; ministère américain de la Justice; Department of Justice; Justice Department; DOJ||kind=government department; country=Q30
        X:us-treasury|ORG|United States Department of the Treasury|Trésor américain; département du Trésor américain; Département du Trésor; Treasury Department; US Treasury; U.S. Treasury; Department of the Treasury||kind=government department; country=Q30
        Q789915|ORG|United States Department of State|Département d'État; département d'État; Département d'État américain; State Department; US State Department; U.S. State Department; Department of State; United States Department of State||kind=government department; country=Q30
        Q35525|ORG|White House|Maison-Blanche; Maison Blanche; White House||kind=executive office; country=Q30
        Q11268|ORG|United States Congress|Congrès; Congrès américain; Congrès des États-Unis; Congress; US Congress; U.S. Congress; United States Congress||kind=legislature; country=Q30
        Q66096|ORG|United States Senate|Sénat américain; Sénat des États-Unis; US Senate; U.S. Senate; United States Senate||kind=legislative chamber; country=Q30
        Q11701|ORG|United States House of Representatives|Chambre des représentants; Chambre des représentants des États-Unis; Chambre des représentants américaine; House of Representatives; US House of Representatives; U.S. House of Representatives; US House; U.S. House||kind=legislative chamber; country=Q30
        Q11201|ORG|Supreme Court of the United States|Cour suprême des États-Unis; Cour suprême américaine; US Supreme Court; U.S. Supreme Court; Supreme Court of the United States; SCOTUS||kind=court; country=Q30
        X:us-democratic-party|ORG|Democratic Party (United States)|Parti démocrate américain; Parti démocrate; Democratic Party; Democratic National Committee; DNC||kind=political party; country=Q30
        X:us-republican-party|ORG|Republican Party (United States)|Parti républicain américain; Parti républicain; Republican Party; GOP; Grand Old Party; Republican National Committee; RNC||kind=political party; country=Q30
        # --- Afghanistan ---
        X:andsf|ORG|Afghan National Defense and Security Forces|forces de défense et de sécurité nationales afghanes; Forces de défense et de sécurité nationales afghanes; Afghan National Defense and Security Forces; Afghan National Defence and Security Forces; ANDSF||kind=armed force; country=Q889
        X:afghan-national-army|ORG|Afghan National Army|Armée nationale afghane; Afghan National Army||kind=armed force; country=Q889
        X:afghan-nds|ORG|National Directorate of Security (Afghanistan)|Direction nationale de la sécurité; National Directorate of Security||kind=intelligence agency; country=Q889
        X:national-resistance-front|ORG|National Resistance Front of Afghanistan|Front national de résistance; Front de résistance nationale; National Resistance Front||kind=armed group; country=Q889
        X:northern-alliance|ORG|Northern Alliance|Alliance du Nord; Northern Alliance; Front uni islamique||kind=armed group; country=Q889
        # --- Other states: executive metonyms, armed forces, intelligence ---
        X:kremlin|ORG|Kremlin|Kremlin; Kreml||kind=executive office; country=Q159
        X:elysee|ORG|Élysée Palace|Élysée; palais de l'Élysée; Palais de l'Élysée; Elysée Palace; Élysée Palace||kind=executive office; country=Q142
        X:matignon|ORG|Hôtel Matignon|Matignon; hôtel de Matignon; Hôtel Matignon||kind=executive office; country=Q142
        X:quai-dorsay|ORG|Quai d'Orsay|Quai d'Orsay||kind=government department; country=Q142
        X:downing-street|ORG|10 Downing Street|Downing Street; 10 Downing Street; No 10 Downing Street||kind=executive office; country=Q145
        X:bundeswehr|ORG|Bundeswehr|Bundeswehr||kind=armed force; country=Q183
        Q154797|ORG|Bundestag|Bundestag||kind=legislature; country=Q183
        X:israel-defense-forces|ORG|Israel Defense Forces|Tsahal; Tzahal; Forces de défense d'Israël; Forces de défense israéliennes; Israel Defense Forces; Israel Defence Forces; IDF||kind=armed force; country=Q801
        X:mossad|ORG|Mossad|Mossad||kind=intelligence agency; country=Q801
        X:shin-bet|ORG|Shin Bet|Shin Bet; Shabak; Shin Beth||kind=intelligence agency; country=Q801
        Q133396|ORG|Knesset|Knesset||kind=legislature; country=Q801
        X:pla|ORG|People's Liberation Army|Armée populaire de libération; APL; People's Liberation Army; PLA||kind=armed force; country=Q148
        X:ccp|ORG|Chinese Communist Party|Parti communiste chinois; PCC; Chinese Communist Party; Communist Party of China; CCP; CPC||kind=political party; country=Q148
        X:mi6|ORG|Secret Intelligence Service|MI6; Secret Intelligence Service||kind=intelligence agency; country=Q145
        X:mi5|ORG|MI5|MI5||kind=intelligence agency; country=Q145
        X:dgse|ORG|Direction générale de la sécurité extérieure|DGSE; Direction générale de la sécurité extérieure||kind=intelligence agency; country=Q142
        X:dgsi|ORG|Direction générale de la sécurité intérieure|DGSI; Direction générale de la sécurité intérieure||kind=intelligence agency; country=Q142
        X:fsb|ORG|Federal Security Service|FSB; Service fédéral de sécurité; Federal Security Service||kind=intelligence agency; country=Q159
        X:gru|ORG|GRU|GRU||kind=intelligence agency; country=Q159
        X:svr|ORG|Foreign Intelligence Service (Russia)|SVR||kind=intelligence agency; country=Q159
        X:isi|ORG|Inter-Services Intelligence|ISI; Inter-Services Intelligence||kind=intelligence agency; country=Q843
        X:irgc|ORG|Islamic Revolutionary Guard Corps|Gardiens de la révolution; gardiens de la révolution; Corps des Gardiens de la révolution islamique; Pasdaran; pasdarans; Islamic Revolutionary Guard Corps; Islamic Revolutionary Guards Corps; Revolutionary Guards; IRGC||kind=armed force; country=Q794
        X:quds-force|ORG|Quds Force|Force Al-Qods; force Al-Qods; Force al-Qods; Force Qods; Quds Force; al-Quds Force; Al-Quds Force||kind=armed force; country=Q794
        X:wagner-group|ORG|Wagner Group|groupe Wagner; Groupe Wagner; Wagner Group; milice Wagner; PMC Wagner||kind=private military company; country=Q159
        X:azov|ORG|Azov Regiment|régiment Azov; bataillon Azov; Azov Regiment; Azov Battalion; Azov Brigade||kind=armed force; country=Q212
        # --- Armed groups ---
        Q42418|ORG|Taliban|talibans; Taliban; taliban; Talibans; Taleban; mouvement taliban; Taliban movement||kind=armed group
        X:ttp|ORG|Tehrik-i-Taliban Pakistan|Tehrik-e-Taliban Pakistan; Tehrik-i-Taliban Pakistan; TTP; talibans pakistanais; Pakistani Taliban||kind=armed group; country=Q843
        X:haqqani-network|ORG|Haqqani network|réseau Haqqani; Haqqani network; Haqqani Network||kind=armed group
        Q34490|ORG|al-Qaeda|Al-Qaïda; al-Qaïda; Al Qaïda; al Qaïda; Al-Qaida; al-Qaida; Al Qaida; Al-Qaeda; al-Qaeda; Al Qaeda; al Qaeda; Al-Kaïda; Al-Qa'ida; al-Qa'ida||kind=armed group
        X:aqim|ORG|al-Qaeda in the Islamic Maghreb|Al-Qaïda au Maghreb islamique; al-Qaïda au Maghreb islamique; AQMI; al-Qaeda in the Islamic Maghreb; Al-Qaeda in the Islamic Maghreb; AQIM||kind=armed group
        X:aqap|ORG|al-Qaeda in the Arabian Peninsula|Al-Qaïda dans la péninsule arabique; al-Qaïda dans la péninsule arabique; AQPA; al-Qaeda in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula; AQAP||kind=armed group
        X:jnim|ORG|Jama'at Nasr al-Islam wal-Muslimin|Groupe de soutien à l'islam et aux musulmans; GSIM; JNIM; Jama'at Nusrat al-Islam wal-Muslimin; Jama'at Nasr al-Islam wal-Muslimin||kind=armed group
        Q2429253|ORG|Islamic State|État islamique; Etat islamique; organisation État islamique; groupe État islamique; État islamique en Irak et au Levant; Etat islamique en Irak et au Levant; Islamic State; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; EI; EIIL; ISIS; ISIL; IS; Daech; Daesh; Daach; Da'ech||kind=armed group
        X:isis-k|ORG|Islamic State – Khorasan Province|EI-K; EIIS-K; ISIS-K; ISIL-K; IS-K; ISKP; État islamique au Khorassan; Etat islamique au Khorassan; État islamique au Khorasan; Etat islamique au Khorasan; État islamique-Khorassan; État islamique-K; Etat islamique-K; EI-Khorassan; EI au Khorassan; Daech-Khorassan; Islamic State Khorasan Province; Islamic State – Khorasan Province; Islamic State-Khorasan Province; Islamic State Khorasan; Islamic State-Khorasan; ISIS-Khorasan; ISIS Khorasan; Islamic State in Khorasan||kind=armed group
        X:iswap|ORG|Islamic State West Africa Province|État islamique en Afrique de l'Ouest; Etat islamique en Afrique de l'Ouest; EIAO; Islamic State West Africa Province; ISWAP||kind=armed group
        X:isgs|ORG|Islamic State in the Greater Sahara|État islamique au Grand Sahara; Etat islamique au Grand Sahara; EIGS; Islamic State in the Greater Sahara; ISGS||kind=armed group
        X:boko-haram|ORG|Boko Haram|Boko Haram||kind=armed group
        X:al-shabaab|ORG|al-Shabaab|shebab; Shebab; chebab; Al-Shabaab; al-Shabaab; Al Shabaab; al Shabaab; Al-Shabab; al-Shabab; Harakat al-Shabaab al-Mujahideen||kind=armed group
        X:al-nusra-front|ORG|al-Nusra Front|Front al-Nosra; Front al-Nusra; Jabhat al-Nosra; Jabhat al-Nusra; al-Nusra Front; Nusra Front; Front Fatah al-Cham; Jabhat Fateh al-Sham||kind=armed group
        X:hts|ORG|Hay'at Tahrir al-Sham|Hayat Tahrir al-Cham; Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al-Chām; HTS||kind=armed group
        X:hezbollah|ORG|Hezbollah|Hezbollah; Hizbollah; Hizballah; Hezbollah libanais; Hizb Allah||kind=armed group; country=Q822
        X:hamas|ORG|Hamas|Hamas; HAMAS; Mouvement de la résistance islamique; Islamic Resistance Movement||kind=armed group
        X:qassam-brigades|ORG|Izz ad-Din al-Qassam Brigades|Brigades Ezzedine al-Qassam; Brigades Ezzedine Al-Qassam; brigades Ezzedine al-Qassam; Brigades al-Qassam; Izz ad-Din al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades||kind=armed group
        X:palestinian-islamic-jihad|ORG|Palestinian Islamic Jihad|Jihad islamique; Jihad islamique palestinien; Palestinian Islamic Jihad; Islamic Jihad||kind=armed group
        X:fatah|ORG|Fatah|Fatah; Fateh||kind=political party
        X:plo|ORG|Palestine Liberation Organization|OLP; Organisation de libération de la Palestine; Palestine Liberation Organization; PLO||kind=political organisation
        X:palestinian-authority|ORG|Palestinian Authority|Autorité palestinienne; Palestinian Authority; Palestinian National Authority||kind=government
        X:houthis|ORG|Houthis|Houthis; houthis; houthistes; Houthi movement; Ansar Allah; Ansarallah||kind=armed group; country=Q805
        X:pkk|ORG|Kurdistan Workers' Party|PKK; Parti des travailleurs du Kurdistan; Kurdistan Workers' Party||kind=armed group
        X:ypg|ORG|People's Defense Units|YPG; Unités de protection du peuple; People's Protection Units; People's Defense Units||kind=armed group
        X:sdf|ORG|Syrian Democratic Forces|Forces démocratiques syriennes; Syrian Democratic Forces; SDF||kind=armed group; country=Q858
        X:peshmerga|ORG|Peshmerga|peshmergas; Peshmerga; Peshmergas||kind=armed force
        X:muslim-brotherhood|ORG|Muslim Brotherhood|Frères musulmans; confrérie des Frères musulmans; Muslim Brotherhood||kind=political organisation
        X:lashkar-e-taiba|ORG|Lashkar-e-Taiba|Lashkar-e-Taiba; Lashkar-e-Toiba; LeT||kind=armed group
        X:jaish-e-mohammed|ORG|Jaish-e-Mohammed|Jaish-e-Mohammed; Jaish-e-Mohammad; JeM||kind=armed group
        X:farc|ORG|FARC|FARC; Forces armées révolutionnaires de Colombie; Revolutionary Armed Forces of Colombia||kind=armed group
        X:m23|ORG|March 23 Movement|M23; Mouvement du 23 mars; March 23 Movement||kind=armed group
        X:rapid-support-forces|ORG|Rapid Support Forces|Forces de soutien rapide; Rapid Support Forces||kind=armed group; country=Q1049
        # --- News agencies and outlets ---
        Q40464|ORG|Agence France-Presse|AFP; Agence France-Presse; Agence France Presse||kind=news agency; country=Q142
        Q130879|ORG|Reuters|Reuters; agence Reuters||kind=news agency; country=Q145
        Q40469|ORG|Associated Press|Associated Press; AP||kind=news agency; country=Q30
        X:anadolu|ORG|Anadolu Agency|Anadolu; agence Anadolu; Anadolu Agency||kind=news agency; country=Q43
        X:tass|ORG|TASS|TASS; Tass; agence Tass; ITAR-TASS||kind=news agency; country=Q159
        X:ria-novosti|ORG|RIA Novosti|RIA Novosti; Ria Novosti||kind=news agency; country=Q159
        X:xinhua|ORG|Xinhua|Xinhua; agence Chine nouvelle; Chine nouvelle||kind=news agency; country=Q148
        X:bloomberg|ORG|Bloomberg News|Bloomberg; Bloomberg News||kind=news outlet; country=Q30
        Q9531|ORG|BBC|BBC; British Broadcasting Corporation; BBC News||kind=broadcaster; country=Q145
        Q48340|ORG|CNN|CNN; Cable News Network||kind=broadcaster; country=Q30
        X:fox-news|ORG|Fox News|Fox News; Fox News Channel||kind=broadcaster; country=Q30
        X:nbc|ORG|NBC|NBC; NBC News||kind=broadcaster; country=Q30
        X:cbs|ORG|CBS|CBS; CBS News||kind=broadcaster; country=Q30
        X:npr|ORG|NPR|NPR; National Public Radio||kind=broadcaster; country=Q30
        X:al-jazeera|ORG|Al Jazeera|Al Jazeera; Al-Jazeera; Al Jazira; Al-Jazira; Al Jazeera English||kind=broadcaster; country=Q846
        X:al-arabiya|ORG|Al Arabiya|Al Arabiya; Al-Arabiya||kind=broadcaster; country=Q851
        X:rt|ORG|RT|RT; Russia Today||kind=broadcaster; country=Q159
        X:sputnik|ORG|Sputnik|Sputnik; Sputnik News||kind=news outlet; country=Q159
        X:france-24|ORG|France 24|France 24; France24||kind=broadcaster; country=Q142
        X:rfi|ORG|Radio France Internationale|RFI; Radio France Internationale||kind=broadcaster; country=Q142
        X:france-televisions|ORG|France Télévisions|France Télévisions; France Televisions||kind=broadcaster; country=Q142
        X:bfmtv|ORG|BFM TV|BFMTV; BFM TV||kind=broadcaster; country=Q142
        X:tf1|ORG|TF1|TF1||kind=broadcaster; country=Q142
        X:radio-canada|ORG|Radio-Canada|Radio-Canada; CBC; Canadian Broadcasting Corporation||kind=broadcaster; country=Q16
        Q12461|ORG|Le Monde|Le Monde||kind=newspaper; country=Q142
        X:le-figaro|ORG|Le Figaro|Le Figaro||kind=newspaper; country=Q142
        X:liberation|ORG|Libération|Libération; Libé||kind=newspaper; country=Q142
        X:le-parisien|ORG|Le Parisien|Le Parisien||kind=newspaper; country=Q142
        X:les-echos|ORG|Les Échos|Les Échos; Les Echos||kind=newspaper; country=Q142
        X:mediapart|ORG|Mediapart|Mediapart||kind=news outlet; country=Q142
        X:le-point|ORG|Le Point|Le Point||kind=magazine; country=Q142
        X:l-express|ORG|L'Express|L'Express||kind=magazine; country=Q142
        X:courrier-international|ORG|Courrier international|Courrier international||kind=magazine; country=Q142
        X:jeune-afrique|ORG|Jeune Afrique|Jeune Afrique||kind=magazine; country=Q142
        Q9684|ORG|The New York Times|New York Times; The New York Times; NYT; NY Times||kind=newspaper; country=Q30
        X:washington-post|ORG|The Washington Post|Washington Post; The Washington Post||kind=newspaper; country=Q30
        X:wall-street-journal|ORG|The Wall Street Journal|Wall Street Journal; The Wall Street Journal; WSJ||kind=newspaper; country=Q30
        X:politico|ORG|Politico|Politico; POLITICO||kind=news outlet; country=Q30
        X:axios|ORG|Axios|Axios||kind=news outlet; country=Q30
        X:the-guardian|ORG|The Guardian|The Guardian; Guardian||kind=newspaper; country=Q145
        X:financial-times|ORG|Financial Times|Financial Times; FT||kind=newspaper; country=Q145
        X:the-economist|ORG|The Economist|The Economist||kind=magazine; country=Q145
        X:the-telegraph|ORG|The Daily Telegraph|Daily Telegraph; The Daily Telegraph; The Telegraph||kind=newspaper; country=Q145
        X:der-spiegel|ORG|Der Spiegel|Der Spiegel; Spiegel||kind=magazine; country=Q183
        # --- Companies often in the news ---
        Q312|ORG|Apple Inc.|Apple||kind=company; country=Q30
        Q95|ORG|Google|Google||kind=company; country=Q30
        Q2283|ORG|Microsoft|Microsoft||kind=company; country=Q30
        Q3884|ORG|Amazon|Amazon; Amazon.com||kind=company; country=Q30
        X:meta-platforms|ORG|Meta Platforms|Meta; Meta Platforms; Facebook||kind=company; country=Q30
        Q918|ORG|Twitter|Twitter||kind=company; country=Q30
        X:tiktok|ORG|TikTok|TikTok||kind=company; country=Q148
        X:openai|ORG|OpenAI|OpenAI||kind=company; country=Q30
        X:nvidia|ORG|Nvidia|Nvidia; NVIDIA||kind=company; country=Q30
        Q478214|ORG|Tesla, Inc.|Tesla||kind=company; country=Q30
        Q193701|ORG|SpaceX|SpaceX||kind=company; country=Q30
        X:palantir|ORG|Palantir Technologies|Palantir||kind=company; country=Q30
        Q66|ORG|Boeing|Boeing||kind=company; country=Q30
        Q67|ORG|Airbus|Airbus||kind=company; country=Q142
        X:lockheed-martin|ORG|Lockheed Martin|Lockheed Martin; Lockheed||kind=company; country=Q30
        X:raytheon|ORG|RTX Corporation|Raytheon; RTX||kind=company; country=Q30
        X:dassault-aviation|ORG|Dassault Aviation|Dassault Aviation; Dassault||kind=company; country=Q142
        X:thales|ORG|Thales|Thales; Thales Group||kind=company; country=Q142
        X:huawei|ORG|Huawei|Huawei||kind=company; country=Q148
        X:samsung|ORG|Samsung|Samsung; Samsung Electronics||kind=company; country=Q884
        X:totalenergies|ORG|TotalEnergies|TotalEnergies; Total Energies||kind=company; country=Q142
        X:exxonmobil|ORG|ExxonMobil|ExxonMobil; Exxon Mobil; Exxon||kind=company; country=Q30
        X:bp|ORG|BP|BP; British Petroleum||kind=company; country=Q145
        X:shell|ORG|Shell plc|Shell; Royal Dutch Shell||kind=company; country=Q145
        X:gazprom|ORG|Gazprom|Gazprom||kind=company; country=Q159
        X:rosneft|ORG|Rosneft|Rosneft||kind=company; country=Q159
        X:saudi-aramco|ORG|Saudi Aramco|Saudi Aramco; Aramco||kind=company; country=Q851
        X:pfizer|ORG|Pfizer|Pfizer||kind=company; country=Q30
        X:biontech|ORG|BioNTech|BioNTech||kind=company; country=Q183
        X:moderna|ORG|Moderna|Moderna||kind=company; country=Q30
        X:astrazeneca|ORG|AstraZeneca|AstraZeneca||kind=company; country=Q145
        Q246|ORG|Volkswagen|Volkswagen; VW||kind=company; country=Q183
        X:toyota|ORG|Toyota|Toyota||kind=company; country=Q17
        X:renault|ORG|Renault|Renault; groupe Renault||kind=company; country=Q142
        X:stellantis|ORG|Stellantis|Stellantis||kind=company; country=Q55
        X:lvmh|ORG|LVMH|LVMH; Moët Hennessy Louis Vuitton||kind=company; country=Q142
        X:alibaba|ORG|Alibaba Group|Alibaba||kind=company; country=Q148
        # --- Political parties (full names only; bare "démocrate"/"Democrats" are labels) ---
        X:rassemblement-national|ORG|Rassemblement national|Rassemblement national; Front national||kind=political party; country=Q142
        X:la-france-insoumise|ORG|La France insoumise|La France insoumise; France insoumise; LFI||kind=political party; country=Q142
        X:les-republicains|ORG|Les Républicains|Les Républicains||kind=political party; country=Q142
        X:parti-socialiste-fr|ORG|Socialist Party (France)|Parti socialiste||kind=political party; country=Q142
        X:uk-conservative-party|ORG|Conservative Party (UK)|Parti conservateur britannique; Conservative and Unionist Party; Tory Party||kind=political party; country=Q145
        X:uk-labour-party|ORG|Labour Party (UK)|Parti travailliste britannique; Labour Party||kind=political party; country=Q145
        X:cdu|ORG|Christian Democratic Union of Germany|CDU; Union chrétienne-démocrate; Christian Democratic Union||kind=political party; country=Q183
        X:spd|ORG|Social Democratic Party of Germany|SPD; Parti social-démocrate allemand; Social Democratic Party of Germany||kind=political party; country=Q183
        X:afd|ORG|Alternative for Germany|AfD; Alternative pour l'Allemagne; Alternative für Deutschland; Alternative for Germany||kind=political party; country=Q183
        X:united-russia|ORG|United Russia|Russie unie; United Russia||kind=political party; country=Q159
        X:indian-national-congress|ORG|Indian National Congress|Congrès national indien; parti du Congrès; Indian National Congress; Congress party||kind=political party; country=Q668
        X:bjp|ORG|Bharatiya Janata Party|BJP; Bharatiya Janata Party||kind=political party; country=Q668
        # --- French public bodies and associations (added after the tagger's weights were trained: tagger=unseen) ---
        X:assurance-maladie|ORG|Assurance maladie|Assurance maladie; Caisse nationale de l'assurance maladie; Caisse nationale d'assurance maladie||kind=public body; tagger=unseen
        X:cese|ORG|Economic, Social and Environmental Council|Conseil économique, social et environnemental; CESE||kind=public body; tagger=unseen
        X:securite-civile|ORG|Sécurité civile|sécurité civile||kind=public body; tagger=unseen
        X:sdis|ORG|Departmental fire and rescue service|service départemental d'incendie et de secours; service d'incendie et de secours; SDIS||kind=public body; tagger=unseen
        X:samu|ORG|SAMU|SAMU||kind=public body; tagger=unseen
        X:pole-emploi|ORG|Pôle emploi|Pôle emploi; France Travail||kind=public body; tagger=unseen
        X:meteo-france|ORG|Météo-France|Météo-France||kind=public body; tagger=unseen
        X:insee|ORG|INSEE|INSEE; Institut national de la statistique et des études économiques||kind=public body; tagger=unseen
        X:cour-des-comptes|ORG|Cour des comptes|Cour des comptes||kind=court; tagger=unseen
        X:conseil-constitutionnel|ORG|Constitutional Council (France)|Conseil constitutionnel||kind=court; tagger=unseen
        X:conseil-d-etat-fr|ORG|Council of State (France)|Conseil d'État; Conseil d'Etat||kind=court; tagger=unseen
        X:sante-publique-france|ORG|Santé publique France|Santé publique France||kind=public body; tagger=unseen
        X:haute-autorite-de-sante|ORG|Haute Autorité de santé|Haute Autorité de santé||kind=public body; tagger=unseen
        X:csa-france|ORG|Conseil supérieur de l'audiovisuel|Conseil supérieur de l'audiovisuel; CSA; Arcom||kind=regulator; tagger=unseen
        X:cnil|ORG|CNIL|CNIL; Commission nationale de l'informatique et des libertés||kind=regulator; tagger=unseen
        X:gendarmerie-nationale|ORG|Gendarmerie nationale|Gendarmerie nationale||kind=police; tagger=unseen
        X:police-nationale|ORG|Police nationale|Police nationale||kind=police; tagger=unseen
        X:sncf|ORG|SNCF|SNCF||kind=company; tagger=unseen
        X:ratp|ORG|RATP|RATP||kind=company; tagger=unseen
        X:ufc-que-choisir|ORG|UFC-Que Choisir|UFC-Que Choisir; UFC Que Choisir; Que Choisir||kind=association; tagger=unseen
        X:equipe-de-france|ORG|France national team|équipe de France; Bleus||kind=sports team; tagger=unseen
        """#
}
