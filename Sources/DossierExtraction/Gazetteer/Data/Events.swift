extension GazetteerData {
    /// Widely named news events: wars, attacks, agreements and treaties, crises,
    /// elections, military operations and missions, sports events.
    ///
    /// French names are mostly written in lowercase so that the matcher accepts any
    /// capitalization ("Seconde Guerre mondiale" / "seconde guerre mondiale"); names
    /// that are only ever capitalized keep their capitals.
    /// Not listed on purpose:
    /// - bare "September 11"/"11 septembre" (usually a date; the seed gold counts one
    ///   such use as the attacks, which needs context); "11-Septembre" (hyphenated, the
    ///   French name of the attacks) and "9/11" are listed.
    /// - article-specific descriptions such as "élections de novembre", "vote de
    ///   novembre", "the 2020 US-Taliban agreement", "la plus longue guerre des
    ///   États-Unis" (descriptions, not names, per the gold notes).
    /// - "Jour J" (idiom). Bare "Coupe du monde" and "Mondial" are football's; rugby's and skiing's are longer names.
    static let events = #"""
        # id|TYPE|English label|aliases|demonyms|extra
        # --- Attacks ---
        Q10806|EVENT|September 11 attacks|attentats du 11-Septembre; attentats du 11 septembre; attentats du 11 septembre 2001; attaques du 11-Septembre; attaques du 11 septembre; attaques du 11 septembre 2001; 11-Septembre; September 11 attacks; September 11th attacks; attacks of September 11; 9/11; 9/11 attacks; 9-11||date=2001-09-11; country=Q30
        X:kabul-airport-attack-2021|EVENT|2021 Kabul airport attack|attaque de l'aéroport de Kaboul; attentat de l'aéroport de Kaboul; attentat à l'aéroport de Kaboul; attentat-suicide de l'aéroport de Kaboul; 2021 Kabul airport attack; Kabul airport attack; Kabul airport bombing; attack on Kabul airport||date=2021-08-26; country=Q889
        X:october-7-attack|EVENT|7 October attacks|attaque du 7 octobre; attaques du 7 octobre; attaque du 7-Octobre; attaques du 7-Octobre; massacre du 7 octobre; 7-Octobre; October 7 attack; October 7 attacks; 7 October attacks; Hamas-led attack on Israel||date=2023-10-07; country=Q801
        X:november-2015-paris-attacks|EVENT|November 2015 Paris attacks|attentats du 13 novembre 2015; attentats du 13-Novembre; attentats de Paris et de Saint-Denis; November 2015 Paris attacks; 13 November 2015 attacks; attentat du Bataclan; Bataclan attack||date=2015-11-13; country=Q142
        X:charlie-hebdo-shooting|EVENT|Charlie Hebdo shooting|attentat contre Charlie Hebdo; attentat de Charlie Hebdo; Charlie Hebdo shooting; Charlie Hebdo attack||date=2015-01-07; country=Q142
        X:2016-nice-truck-attack|EVENT|2016 Nice truck attack|attentat de Nice; attentat du 14 juillet 2016; attentat de la promenade des Anglais; 2016 Nice truck attack; Nice truck attack; Nice attack||date=2016-07-14; country=Q142
        X:january-6-capitol-attack|EVENT|January 6 United States Capitol attack|assaut du Capitole; assaut contre le Capitole; attaque du Capitole; invasion du Capitole; January 6 attack; January 6th attack; Capitol riot; Capitol attack; storming of the Capitol; storming of the US Capitol||date=2021-01-06; country=Q30
        # --- Wars and conflicts ---
        Q361|EVENT|World War I|première guerre mondiale; Première Guerre mondiale; Grande Guerre; guerre de 14-18; guerre de 1914-1918; First World War; World War I; World War One; WWI; WW1; Erster Weltkrieg||date=1914/1918
        Q362|EVENT|World War II|seconde guerre mondiale; deuxième guerre mondiale; 2e guerre mondiale; IIe guerre mondiale; guerre de 39-45; guerre de 1939-1945; Second World War; World War II; World War Two; WWII; WW2; Zweiter Weltkrieg||date=1939/1945
        Q8683|EVENT|Cold War|guerre froide; Cold War||date=1947/1991
        X:korean-war|EVENT|Korean War|guerre de Corée; Korean War||date=1950/1953
        Q8740|EVENT|Vietnam War|guerre du Vietnam; guerre du Viêt Nam; guerre du Viêt-nam; Vietnam War; Viet Nam War||date=1955/1975
        X:six-day-war|EVENT|Six-Day War|guerre des Six Jours; guerre des Six-Jours; Six-Day War; Six Day War||date=1967
        X:yom-kippur-war|EVENT|Yom Kippur War|guerre du Kippour; guerre du Kippour de 1973; guerre d'octobre 1973; Yom Kippur War||date=1973
        X:soviet-afghan-war|EVENT|Soviet–Afghan War|guerre d'Afghanistan de 1979; intervention soviétique en Afghanistan; invasion soviétique de l'Afghanistan; Soviet–Afghan War; Soviet-Afghan War; Soviet invasion of Afghanistan||date=1979/1989
        X:gulf-war|EVENT|Gulf War|guerre du Golfe; première guerre du Golfe; guerre du Golfe de 1991; Gulf War; Persian Gulf War; First Gulf War; opération Tempête du désert; Operation Desert Storm||date=1990/1991
        X:war-in-afghanistan-2001|EVENT|War in Afghanistan (2001–2021)|guerre d'Afghanistan; guerre en Afghanistan; guerre d'Afghanistan de 2001; War in Afghanistan; Afghanistan war; Afghan war; opération Liberté immuable; Operation Enduring Freedom||date=2001/2021; country=Q889
        X:iraq-war|EVENT|Iraq War|guerre d'Irak; guerre en Irak; guerre d'Irak de 2003; invasion de l'Irak; invasion de l'Irak en 2003; Iraq War; 2003 invasion of Iraq; invasion of Iraq; Second Gulf War; opération Liberté irakienne; Operation Iraqi Freedom||date=2003/2011; country=Q796
        X:arab-spring|EVENT|Arab Spring|printemps arabe; printemps arabes; révolutions arabes; Arab Spring||date=2010/2012
        X:libyan-civil-war-2011|EVENT|First Libyan Civil War|guerre civile libyenne; guerre civile libyenne de 2011; révolution libyenne; First Libyan Civil War; Libyan civil war; 2011 Libyan civil war||date=2011; country=Q1016
        X:syrian-civil-war|EVENT|Syrian civil war|guerre civile syrienne; guerre en Syrie; conflit syrien; Syrian civil war; Syrian Civil War; war in Syria||date=2011/2024; country=Q858
        X:yemeni-civil-war|EVENT|Yemeni civil war|guerre civile yéménite; guerre civile au Yémen; guerre au Yémen; guerre du Yémen; Yemeni civil war; Yemeni Civil War; war in Yemen||date=2014/; country=Q805
        X:war-in-donbas|EVENT|War in Donbas|guerre du Donbass; guerre dans le Donbass; conflit du Donbass; War in Donbas; Donbas war||date=2014/2022; country=Q212
        X:russo-ukrainian-war|EVENT|Russo-Ukrainian War|guerre russo-ukrainienne; Russo-Ukrainian War; Russo-Ukrainian war||date=2014/; country=Q212
        Q110999040|EVENT|Russian invasion of Ukraine|invasion russe de l'Ukraine; invasion de l'Ukraine; invasion de l'Ukraine par la Russie; invasion russe en Ukraine; guerre en Ukraine; guerre d'Ukraine; opération militaire spéciale; Russian invasion of Ukraine; 2022 Russian invasion of Ukraine; invasion of Ukraine; war in Ukraine; Ukraine war||date=2022-02-24/; country=Q212
        X:annexation-of-crimea|EVENT|Annexation of Crimea by the Russian Federation|annexion de la Crimée; annexion de la Crimée par la Russie; annexation of Crimea; Crimean annexation; Russian annexation of Crimea||date=2014-03; country=Q212
        X:euromaidan|EVENT|Euromaidan|Euromaïdan; Euromaidan; révolution de Maïdan; révolution de la Dignité; Revolution of Dignity; Maidan revolution||date=2013/2014; country=Q212
        X:israel-hamas-war|EVENT|Gaza war (2023–)|guerre Israël-Hamas; guerre entre Israël et le Hamas; guerre à Gaza; guerre de Gaza; Israel-Hamas war; Israel–Hamas war; Gaza war; war in Gaza||date=2023-10-07/; country=Q219060
        X:second-intifada|EVENT|Second Intifada|seconde intifada; deuxième intifada; intifada Al-Aqsa; Second Intifada; al-Aqsa Intifada||date=2000/2005
        X:nagorno-karabakh-war-2020|EVENT|2020 Nagorno-Karabakh war|guerre du Haut-Karabakh de 2020; deuxième guerre du Haut-Karabakh; 2020 Nagorno-Karabakh war; Second Nagorno-Karabakh War||date=2020
        X:rwandan-genocide|EVENT|Rwandan genocide|génocide des Tutsi au Rwanda; génocide des Tutsi; génocide des Tutsis; génocide rwandais; Rwandan genocide; genocide against the Tutsi||date=1994; country=Q1037
        X:armenian-genocide|EVENT|Armenian genocide|génocide arménien; génocide des Arméniens; Armenian genocide||date=1915/1916
        X:srebrenica-massacre|EVENT|Srebrenica massacre|massacre de Srebrenica; génocide de Srebrenica; Srebrenica massacre; Srebrenica genocide||date=1995-07; country=Q225
        Q2763|EVENT|The Holocaust|Shoah; Holocauste; Holocaust; The Holocaust||date=1941/1945
        X:tiananmen-1989|EVENT|1989 Tiananmen Square protests and massacre|massacre de la place Tiananmen; massacre de Tiananmen; répression de Tiananmen; Tiananmen Square massacre; Tiananmen Square protests||date=1989-06-04; country=Q148
        X:atomic-bombings|EVENT|Atomic bombings of Hiroshima and Nagasaki|bombardements atomiques d'Hiroshima et de Nagasaki; bombardement atomique d'Hiroshima; atomic bombings of Hiroshima and Nagasaki; bombing of Hiroshima||date=1945-08; country=Q17
        Q6534|EVENT|French Revolution|Révolution française; French Revolution||date=1789/1799; country=Q142
        # --- Military operations and missions ---
        X:resolute-support-mission|EVENT|Resolute Support Mission|Resolute Support; mission Resolute Support; opération Resolute Support; Resolute Support Mission; Operation Resolute Support||date=2015/2021; country=Q889
        X:isaf|EVENT|International Security Assistance Force|Force internationale d'assistance et de sécurité; FIAS; International Security Assistance Force; ISAF||date=2001/2014; country=Q889
        X:operation-barkhane|EVENT|Operation Barkhane|opération Barkhane; force Barkhane; Barkhane; Operation Barkhane||date=2014/2022
        X:operation-serval|EVENT|Operation Serval|opération Serval; Operation Serval||date=2013/2014; country=Q912
        X:operation-inherent-resolve|EVENT|Operation Inherent Resolve|opération Inherent Resolve; Operation Inherent Resolve; opération Chammal||date=2014/
        X:fall-of-kabul-2021|EVENT|Fall of Kabul (2021)|chute de Kaboul; prise de Kaboul; fall of Kabul; Fall of Kabul||date=2021-08-15; country=Q889
        X:fall-of-the-berlin-wall|EVENT|Fall of the Berlin Wall|chute du mur de Berlin; fall of the Berlin Wall||date=1989-11-09; country=Q183
        # --- Agreements and treaties ---
        X:doha-agreement|EVENT|Doha Agreement|accord de Doha; accords de Doha; accord de paix de Doha; Doha Agreement; Doha agreement; Doha accord; Agreement for Bringing Peace to Afghanistan||date=2020-02-29; country=Q889
        Q21707860|EVENT|Paris Agreement|accord de Paris; accord de Paris sur le climat; Paris Agreement; Paris climate agreement; Paris Climate Agreement; Paris climate accord; Paris Climate Accords||date=2015-12-12
        X:cop21|EVENT|2015 United Nations Climate Change Conference|COP21; COP 21; conférence de Paris sur le climat; 2015 United Nations Climate Change Conference||date=2015-12; country=Q142
        X:jcpoa|EVENT|Joint Comprehensive Plan of Action|accord sur le nucléaire iranien; accord de Vienne sur le nucléaire iranien; Plan d'action global commun; JCPOA; Joint Comprehensive Plan of Action; Iran nuclear deal; Iran nuclear agreement||date=2015-07-14
        X:minsk-agreements|EVENT|Minsk agreements|accords de Minsk; Minsk II; Minsk agreements; Minsk accords; Minsk Protocol||date=2014/2015
        X:oslo-accords|EVENT|Oslo Accords|accords d'Oslo; Oslo Accords||date=1993/1995
        X:abraham-accords|EVENT|Abraham Accords|accords d'Abraham; Abraham Accords||date=2020
        X:camp-david-accords|EVENT|Camp David Accords|accords de Camp David; Camp David Accords||date=1978
        X:good-friday-agreement|EVENT|Good Friday Agreement|accord du Vendredi saint; Good Friday Agreement; Belfast Agreement||date=1998-04-10
        X:npt|EVENT|Treaty on the Non-Proliferation of Nuclear Weapons|traité sur la non-prolifération des armes nucléaires; traité de non-prolifération; TNP; Treaty on the Non-Proliferation of Nuclear Weapons; Non-Proliferation Treaty; NPT||date=1968
        X:new-start|EVENT|New START|traité New Start; New START; New Start treaty||date=2010
        X:inf-treaty|EVENT|Intermediate-Range Nuclear Forces Treaty|traité FNI; traité sur les forces nucléaires à portée intermédiaire; INF Treaty; Intermediate-Range Nuclear Forces Treaty||date=1987
        X:marshall-plan|EVENT|Marshall Plan|plan Marshall; Marshall Plan||date=1948
        X:yalta-conference|EVENT|Yalta Conference|conférence de Yalta; Yalta Conference||date=1945-02
        Q7888194|EVENT|Brexit|Brexit||date=2016/2020; country=Q145
        # --- Crises, pandemics, disasters ---
        Q81068910|EVENT|COVID-19 pandemic|pandémie de Covid-19; pandémie de Covid; pandémie de coronavirus; pandémie du Covid-19; COVID-19 pandemic; Covid-19 pandemic; coronavirus pandemic; Covid pandemic||date=2019-12/2023-05
        X:cuban-missile-crisis|EVENT|Cuban Missile Crisis|crise des missiles de Cuba; Cuban Missile Crisis; Cuban missile crisis||date=1962-10
        X:chernobyl-disaster|EVENT|Chernobyl disaster|catastrophe de Tchernobyl; accident nucléaire de Tchernobyl; Chernobyl disaster; Chernobyl nuclear disaster||date=1986-04-26
        X:fukushima-disaster|EVENT|Fukushima nuclear accident|catastrophe de Fukushima; accident nucléaire de Fukushima; Fukushima disaster; Fukushima nuclear disaster||date=2011-03-11; country=Q17
        X:2008-financial-crisis|EVENT|2007–2008 financial crisis|crise financière de 2008; crise financière mondiale de 2008; crise des subprimes; 2008 financial crisis; financial crisis of 2007–2008; Great Recession||date=2007/2009
        X:great-depression|EVENT|Great Depression|Grande Dépression; crise de 1929; Great Depression||date=1929/1939
        X:watergate|EVENT|Watergate scandal|scandale du Watergate; affaire du Watergate; Watergate; Watergate scandal||date=1972/1974; country=Q30
        # --- Elections ---
        X:us-presidential-election-2016|EVENT|2016 United States presidential election|élection présidentielle américaine de 2016; présidentielle américaine de 2016; 2016 United States presidential election; 2016 US presidential election; 2016 U.S. presidential election||date=2016-11-08; country=Q30
        X:us-presidential-election-2020|EVENT|2020 United States presidential election|élection présidentielle américaine de 2020; présidentielle américaine de 2020; élection présidentielle de 2020 aux États-Unis; 2020 United States presidential election; 2020 US presidential election; 2020 U.S. presidential election||date=2020-11-03; country=Q30
        X:us-presidential-election-2024|EVENT|2024 United States presidential election|élection présidentielle américaine de 2024; présidentielle américaine de 2024; 2024 United States presidential election; 2024 US presidential election; 2024 U.S. presidential election||date=2024-11-05; country=Q30
        X:french-presidential-election-2022|EVENT|2022 French presidential election|élection présidentielle française de 2022; présidentielle de 2022; 2022 French presidential election||date=2022-04; country=Q142
        # --- Summits, forums, sports ---
        X:munich-security-conference|EVENT|Munich Security Conference|Conférence de Munich sur la sécurité; conférence de Munich sur la sécurité; Munich Security Conference||country=Q183
        X:davos-forum|EVENT|World Economic Forum Annual Meeting|forum de Davos; Forum de Davos; Davos forum; Davos Forum||country=Q39
        Q5389|EVENT|Olympic Games|Jeux olympiques; jeux Olympiques; JO; Olympic Games; Olympics||
        X:paris-2024-olympics|EVENT|2024 Summer Olympics|Jeux olympiques de Paris 2024; Jeux olympiques de 2024; JO de Paris 2024; JO de Paris; JO 2024; Paris 2024; Paris 2024 Olympics; 2024 Summer Olympics||date=2024-07-26/2024-08-11; country=Q142
        Q19317|EVENT|FIFA World Cup|Coupe du monde de la FIFA; Coupe du monde de football; FIFA World Cup; Mondial de football||
        # Added after the tagger's weights were trained (`tagger=unseen`): read by the rules, not by the tagger.
        Q19317|EVENT|FIFA World Cup|Coupe du monde; Mondial||tagger=unseen
        X:paris-2024-olympics|EVENT|2024 Summer Olympics|Jeux olympiques de Paris-2024; JO de Paris-2024; JO Paris-2024||tagger=unseen
        X:rugby-world-cup|EVENT|Rugby World Cup|Coupe du monde de rugby; Mondial de rugby; Rugby World Cup||tagger=unseen
        X:fis-alpine-ski-world-cup|EVENT|FIS Alpine Ski World Cup|Coupe du monde de ski; Coupe du monde de ski alpin; Alpine Skiing World Cup||tagger=unseen
        X:uefa-champions-league|EVENT|UEFA Champions League|Ligue des champions; Ligue des Champions; Champions League; UEFA Champions League||tagger=unseen
        X:uefa-europa-league|EVENT|UEFA Europa League|Ligue Europa; Europa League; UEFA Europa League||tagger=unseen
        X:six-nations|EVENT|Six Nations Championship|Tournoi des Six Nations; Tournoi des six nations; Six Nations; Six Nations Championship||tagger=unseen
        X:tour-de-france|EVENT|Tour de France|Tour de France||tagger=unseen
        X:super-bowl|EVENT|Super Bowl|Super Bowl||tagger=unseen
        """#
}
