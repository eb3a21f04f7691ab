extension GazetteerData {
    /// Heads of state and government 2015–2026 (G20, permanent Security Council members,
    /// Middle East, Afghanistan, Ukraine, Africa, Latin America, Asia), leaders of the UN,
    /// NATO and EU, and other people constantly in international news.
    ///
    /// Aliases are full names in French and English spellings (plus established
    /// nicknames such as "Lula", "Jokowi", "MBS"); bare surnames are never aliases
    /// (in-document coreference does that). The label is "Given Family" so that its
    /// last token is the surname; where that is not true the extra `surname=` gives the
    /// form actually used alone in news (East Asian family-name-first names, Arabic
    /// "bin/ben" names, particles such as "von der Leyen"), and `surname=none` marks
    /// people with no usable surname (monarchs, popes, ambiguous family names such as
    /// Kim). Extras: role (latest or best-known office), country.
    static let people = #"""
        # id|TYPE|English label|aliases|demonyms|extra
        # --- United States ---
        Q22686|PERSON|Donald Trump|Donald Trump; Donald J. Trump; Donald John Trump||role=President of the United States (2017–2021, 2025–); country=Q30
        Q6279|PERSON|Joe Biden|Joe Biden; Joseph Biden; Joseph R. Biden; Joseph Robinette Biden||role=President of the United States (2021–2025); country=Q30
        Q76|PERSON|Barack Obama|Barack Obama; Barack Hussein Obama||role=President of the United States (2009–2017); country=Q30
        Q10853588|PERSON|Kamala Harris|Kamala Harris; Kamala Devi Harris||role=Vice President of the United States (2021–2025); country=Q30
        Q24313|PERSON|Mike Pence|Mike Pence; Michael Pence; Michael Richard Pence||role=Vice President of the United States (2017–2021); country=Q30
        X:jd-vance|PERSON|JD Vance|JD Vance; J.D. Vance; J. D. Vance; James David Vance||role=Vice President of the United States (2025–); country=Q30
        Q207|PERSON|George W. Bush|George W. Bush; George Walker Bush||role=President of the United States (2001–2009); country=Q30
        Q23505|PERSON|George H. W. Bush|George H. W. Bush; George H.W. Bush; George Herbert Walker Bush||role=President of the United States (1989–1993); country=Q30
        Q1124|PERSON|Bill Clinton|Bill Clinton; William Jefferson Clinton; William Clinton||role=President of the United States (1993–2001); country=Q30
        Q6294|PERSON|Hillary Clinton|Hillary Clinton; Hillary Rodham Clinton||role=Secretary of State (2009–2013); country=Q30
        X:antony-blinken|PERSON|Antony Blinken|Antony Blinken; Tony Blinken; Antony J. Blinken||role=Secretary of State (2021–2025); country=Q30
        X:mike-pompeo|PERSON|Mike Pompeo|Mike Pompeo; Michael Pompeo; Michael R. Pompeo||role=Secretary of State (2018–2021); country=Q30
        X:rex-tillerson|PERSON|Rex Tillerson|Rex Tillerson||role=Secretary of State (2017–2018); country=Q30
        X:john-kerry|PERSON|John Kerry|John Kerry; John Forbes Kerry||role=Secretary of State (2013–2017); country=Q30
        X:marco-rubio|PERSON|Marco Rubio|Marco Rubio||role=Secretary of State (2025–); country=Q30
        X:lloyd-austin|PERSON|Lloyd Austin|Lloyd Austin; Lloyd J. Austin; Lloyd James Austin||role=Secretary of Defense (2021–2025); country=Q30
        X:mark-esper|PERSON|Mark Esper|Mark Esper; Mark T. Esper||role=Secretary of Defense (2019–2020); country=Q30
        X:jim-mattis|PERSON|Jim Mattis|Jim Mattis; James Mattis; James N. Mattis||role=Secretary of Defense (2017–2019); country=Q30
        X:christopher-miller|PERSON|Christopher Miller|Christopher Miller; Christopher C. Miller; Chris Miller||role=Acting Secretary of Defense (2020–2021); country=Q30
        X:pete-hegseth|PERSON|Pete Hegseth|Pete Hegseth; Peter Hegseth||role=Secretary of Defense (2025–); country=Q30
        X:mark-milley|PERSON|Mark Milley|Mark Milley; Mark A. Milley||role=Chairman of the Joint Chiefs of Staff (2019–2023); country=Q30
        X:kenneth-mckenzie|PERSON|Kenneth McKenzie|Kenneth McKenzie; Kenneth F. McKenzie; Kenneth Frank McKenzie; Frank McKenzie||role=Commander of US Central Command (2019–2022); country=Q30
        X:scott-miller|PERSON|Austin Scott Miller|Austin Scott Miller; Scott Miller; Austin S. Miller||role=Commander of Resolute Support (2018–2021); country=Q30; surname=Miller
        X:david-petraeus|PERSON|David Petraeus|David Petraeus; David H. Petraeus||role=CIA Director (2011–2012); country=Q30
        X:john-bolton|PERSON|John Bolton|John Bolton; John R. Bolton||role=National Security Advisor (2018–2019); country=Q30
        X:robert-obrien|PERSON|Robert O'Brien|Robert O'Brien; Robert C. O'Brien||role=National Security Advisor (2019–2021); country=Q30
        X:jake-sullivan|PERSON|Jake Sullivan|Jake Sullivan||role=National Security Advisor (2021–2025); country=Q30
        X:zalmay-khalilzad|PERSON|Zalmay Khalilzad|Zalmay Khalilzad||role=US Special Representative for Afghanistan Reconciliation (2018–2021); country=Q30
        X:william-burns|PERSON|William Burns|William Burns; William J. Burns; Bill Burns||role=CIA Director (2021–2025); country=Q30
        X:steve-witkoff|PERSON|Steve Witkoff|Steve Witkoff; Steven Witkoff||role=US Special Envoy to the Middle East (2025–); country=Q30
        X:mike-waltz|PERSON|Mike Waltz|Mike Waltz; Michael Waltz||role=National Security Advisor (2025); country=Q30
        X:tulsi-gabbard|PERSON|Tulsi Gabbard|Tulsi Gabbard||role=Director of National Intelligence (2025–); country=Q30
        X:kash-patel|PERSON|Kash Patel|Kash Patel; Kashyap Patel||role=FBI Director (2025–); country=Q30
        X:jerome-powell|PERSON|Jerome Powell|Jerome Powell; Jay Powell||role=Chair of the Federal Reserve (2018–); country=Q30
        Q170581|PERSON|Nancy Pelosi|Nancy Pelosi||role=Speaker of the House (2019–2023); country=Q30
        X:mitch-mcconnell|PERSON|Mitch McConnell|Mitch McConnell||role=Senate Republican Leader (2007–2025); country=Q30
        X:chuck-schumer|PERSON|Chuck Schumer|Chuck Schumer; Charles Schumer||role=Senate Democratic Leader (2017–); country=Q30
        X:mike-johnson|PERSON|Mike Johnson|Mike Johnson||role=Speaker of the House (2023–); country=Q30
        Q359442|PERSON|Bernie Sanders|Bernie Sanders; Bernard Sanders||role=US Senator; country=Q30
        X:ron-desantis|PERSON|Ron DeSantis|Ron DeSantis; Ron De Santis||role=Governor of Florida (2019–); country=Q30
        X:nikki-haley|PERSON|Nikki Haley|Nikki Haley||role=US Ambassador to the UN (2017–2018); country=Q30
        Q317521|PERSON|Elon Musk|Elon Musk||role=CEO of Tesla and SpaceX; country=Q30
        # --- France ---
        Q3052772|PERSON|Emmanuel Macron|Emmanuel Macron; Emmanuel Jean-Michel Frédéric Macron||role=President of France (2017–); country=Q142
        Q157|PERSON|François Hollande|François Hollande; Francois Hollande||role=President of France (2012–2017); country=Q142
        Q329|PERSON|Nicolas Sarkozy|Nicolas Sarkozy||role=President of France (2007–2012); country=Q142
        Q2105|PERSON|Jacques Chirac|Jacques Chirac||role=President of France (1995–2007); country=Q142
        X:edouard-philippe|PERSON|Édouard Philippe|Édouard Philippe; Edouard Philippe||role=Prime Minister of France (2017–2020); country=Q142
        X:jean-castex|PERSON|Jean Castex|Jean Castex||role=Prime Minister of France (2020–2022); country=Q142
        X:elisabeth-borne|PERSON|Élisabeth Borne|Élisabeth Borne; Elisabeth Borne||role=Prime Minister of France (2022–2024); country=Q142
        X:gabriel-attal|PERSON|Gabriel Attal|Gabriel Attal||role=Prime Minister of France (2024); country=Q142
        X:michel-barnier|PERSON|Michel Barnier|Michel Barnier||role=Prime Minister of France (2024); country=Q142
        X:francois-bayrou|PERSON|François Bayrou|François Bayrou; Francois Bayrou||role=Prime Minister of France (2024–2025); country=Q142
        X:sebastien-lecornu|PERSON|Sébastien Lecornu|Sébastien Lecornu; Sebastien Lecornu||role=Prime Minister of France (2025–); country=Q142
        X:jean-yves-le-drian|PERSON|Jean-Yves Le Drian|Jean-Yves Le Drian||role=Minister for Europe and Foreign Affairs (2017–2022); country=Q142; surname=Le Drian
        X:florence-parly|PERSON|Florence Parly|Florence Parly||role=Minister of the Armed Forces (2017–2022); country=Q142
        X:marine-le-pen|PERSON|Marine Le Pen|Marine Le Pen||role=Leader of the Rassemblement national; country=Q142; surname=Le Pen
        X:jean-luc-melenchon|PERSON|Jean-Luc Mélenchon|Jean-Luc Mélenchon; Jean-Luc Melenchon||role=Leader of La France insoumise; country=Q142
        X:jordan-bardella|PERSON|Jordan Bardella|Jordan Bardella||role=President of the Rassemblement national; country=Q142
        X:eric-zemmour|PERSON|Éric Zemmour|Éric Zemmour; Eric Zemmour||role=Leader of Reconquête; country=Q142
        # --- Germany ---
        Q567|PERSON|Angela Merkel|Angela Merkel; Angela Dorothea Merkel||role=Chancellor of Germany (2005–2021); country=Q183
        Q61053|PERSON|Olaf Scholz|Olaf Scholz||role=Chancellor of Germany (2021–2025); country=Q183
        X:friedrich-merz|PERSON|Friedrich Merz|Friedrich Merz||role=Chancellor of Germany (2025–); country=Q183
        X:frank-walter-steinmeier|PERSON|Frank-Walter Steinmeier|Frank-Walter Steinmeier||role=President of Germany (2017–); country=Q183
        X:annalena-baerbock|PERSON|Annalena Baerbock|Annalena Baerbock||role=Foreign Minister of Germany (2021–2025); country=Q183
        X:annegret-kramp-karrenbauer|PERSON|Annegret Kramp-Karrenbauer|Annegret Kramp-Karrenbauer; AKK||role=Defence Minister of Germany (2019–2021); country=Q183
        X:boris-pistorius|PERSON|Boris Pistorius|Boris Pistorius||role=Defence Minister of Germany (2023–); country=Q183
        Q108447|PERSON|Heiko Maas|Heiko Maas||role=Foreign Minister of Germany (2018–2021); country=Q183
        # --- United Kingdom ---
        Q180589|PERSON|Boris Johnson|Boris Johnson; Alexander Boris de Pfeffel Johnson||role=Prime Minister of the United Kingdom (2019–2022); country=Q145
        Q264766|PERSON|Theresa May|Theresa May||role=Prime Minister of the United Kingdom (2016–2019); country=Q145
        Q192|PERSON|David Cameron|David Cameron||role=Prime Minister of the United Kingdom (2010–2016); country=Q145
        X:liz-truss|PERSON|Liz Truss|Liz Truss; Elizabeth Truss||role=Prime Minister of the United Kingdom (2022); country=Q145
        X:rishi-sunak|PERSON|Rishi Sunak|Rishi Sunak||role=Prime Minister of the United Kingdom (2022–2024); country=Q145
        X:keir-starmer|PERSON|Keir Starmer|Keir Starmer; Sir Keir Starmer||role=Prime Minister of the United Kingdom (2024–); country=Q145
        X:tony-blair|PERSON|Tony Blair|Tony Blair||role=Prime Minister of the United Kingdom (1997–2007); country=Q145
        Q9682|PERSON|Elizabeth II|Elizabeth II; reine Elizabeth II; Queen Elizabeth II; Élisabeth II||role=Queen of the United Kingdom (1952–2022); country=Q145; surname=none
        Q43274|PERSON|Charles III|Charles III; roi Charles III; King Charles III; prince Charles; Prince Charles||role=King of the United Kingdom (2022–); country=Q145; surname=none
        # --- Russia and Belarus ---
        Q7747|PERSON|Vladimir Putin|Vladimir Poutine; Vladimir Putin; Vladimir Vladimirovitch Poutine; Vladimir Vladimirovich Putin; Wladimir Putin||role=President of Russia; country=Q159; surname=Putin
        Q23530|PERSON|Dmitry Medvedev|Dmitri Medvedev; Dmitry Medvedev; Dmitri Anatolievitch Medvedev||role=President of Russia (2008–2012), Deputy Chairman of the Security Council; country=Q159
        X:sergey-lavrov|PERSON|Sergey Lavrov|Sergueï Lavrov; Sergei Lavrov; Sergey Lavrov||role=Foreign Minister of Russia (2004–); country=Q159
        X:sergey-shoigu|PERSON|Sergey Shoigu|Sergueï Choïgou; Sergei Choïgou; Sergei Shoigu; Sergey Shoigu||role=Defence Minister of Russia (2012–2024); country=Q159; surname=Shoigu
        X:andrey-belousov|PERSON|Andrey Belousov|Andreï Belooussov; Andrei Belousov; Andrey Belousov||role=Defence Minister of Russia (2024–); country=Q159
        X:valery-gerasimov|PERSON|Valery Gerasimov|Valéri Guerassimov; Valeri Guerassimov; Valery Gerasimov||role=Chief of the General Staff of Russia (2012–); country=Q159
        X:mikhail-mishustin|PERSON|Mikhail Mishustin|Mikhaïl Michoustine; Mikhail Mishustin||role=Prime Minister of Russia (2020–); country=Q159
        X:yevgeny-prigozhin|PERSON|Yevgeny Prigozhin|Evgueni Prigojine; Evgeni Prigojine; Yevgeny Prigozhin; Yevgeniy Prigozhin||role=Head of the Wagner Group; country=Q159; surname=Prigozhin
        Q155979|PERSON|Alexei Navalny|Alexeï Navalny; Alexei Navalny; Alexey Navalny||role=Opposition leader; country=Q159
        X:alexander-lukashenko|PERSON|Alexander Lukashenko|Alexandre Loukachenko; Alexander Lukashenko; Aliaksandr Lukashenka; Alexandre Lukashenko||role=President of Belarus (1994–); country=Q184; surname=Lukashenko
        # --- Ukraine ---
        Q3874799|PERSON|Volodymyr Zelensky|Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenski; Volodymyr Zelenskiy; Volodymyr Zelenskyi; Vladimir Zelensky; Volodimir Zelensky||role=President of Ukraine (2019–); country=Q212
        X:petro-poroshenko|PERSON|Petro Poroshenko|Petro Porochenko; Petro Poroshenko||role=President of Ukraine (2014–2019); country=Q212
        X:dmytro-kuleba|PERSON|Dmytro Kuleba|Dmytro Kouleba; Dmytro Kuleba||role=Foreign Minister of Ukraine (2020–2024); country=Q212
        X:valerii-zaluzhnyi|PERSON|Valerii Zaluzhnyi|Valeri Zaloujny; Valerii Zaloujny; Valerii Zaluzhnyi; Valery Zaluzhny||role=Commander-in-Chief of the Armed Forces of Ukraine (2021–2024); country=Q212
        X:oleksandr-syrskyi|PERSON|Oleksandr Syrskyi|Oleksandr Syrsky; Oleksandr Syrskyi; Oleksandr Syrskyï||role=Commander-in-Chief of the Armed Forces of Ukraine (2024–); country=Q212
        X:denys-shmyhal|PERSON|Denys Shmyhal|Denys Chmyhal; Denys Shmyhal||role=Prime Minister of Ukraine (2020–2025); country=Q212
        X:andriy-yermak|PERSON|Andriy Yermak|Andriy Iermak; Andriy Yermak; Andrii Yermak||role=Head of the Office of the President of Ukraine (2020–2025); country=Q212
        X:rustem-umerov|PERSON|Rustem Umerov|Rustem Oumerov; Rustem Umerov||role=Defence Minister of Ukraine (2023–2025); country=Q212
        # --- China, Japan, Koreas, Taiwan ---
        Q15031|PERSON|Xi Jinping|Xi Jinping; Xi Jin-ping||role=General Secretary of the CCP and President of China (2012–); country=Q148; surname=Xi
        X:li-qiang|PERSON|Li Qiang|Li Qiang||role=Premier of China (2023–); country=Q148; surname=none
        X:li-keqiang|PERSON|Li Keqiang|Li Keqiang||role=Premier of China (2013–2023); country=Q148; surname=none
        X:wang-yi|PERSON|Wang Yi|Wang Yi||role=Foreign Minister of China; country=Q148; surname=none
        X:hu-jintao|PERSON|Hu Jintao|Hu Jintao||role=President of China (2003–2013); country=Q148; surname=none
        Q132345|PERSON|Shinzo Abe|Shinzo Abe; Shinzō Abe||role=Prime Minister of Japan (2012–2020); country=Q17
        X:yoshihide-suga|PERSON|Yoshihide Suga|Yoshihide Suga||role=Prime Minister of Japan (2020–2021); country=Q17
        X:fumio-kishida|PERSON|Fumio Kishida|Fumio Kishida||role=Prime Minister of Japan (2021–2024); country=Q17
        X:shigeru-ishiba|PERSON|Shigeru Ishiba|Shigeru Ishiba||role=Prime Minister of Japan (2024–2025); country=Q17
        X:sanae-takaichi|PERSON|Sanae Takaichi|Sanae Takaichi||role=Prime Minister of Japan (2025–); country=Q17
        Q56226|PERSON|Kim Jong-un|Kim Jong-un; Kim Jong Un; Kim Jong-Un; Kim Jong-eun||role=Supreme Leader of North Korea (2011–); country=Q423; surname=none
        X:moon-jae-in|PERSON|Moon Jae-in|Moon Jae-in; Moon Jae-In; Moon Jae In||role=President of South Korea (2017–2022); country=Q884; surname=Moon
        X:yoon-suk-yeol|PERSON|Yoon Suk-yeol|Yoon Suk-yeol; Yoon Suk Yeol; Yoon Seok-youl||role=President of South Korea (2022–2025); country=Q884; surname=Yoon
        X:lee-jae-myung|PERSON|Lee Jae-myung|Lee Jae-myung; Lee Jae Myung||role=President of South Korea (2025–); country=Q884; surname=none
        X:tsai-ing-wen|PERSON|Tsai Ing-wen|Tsai Ing-wen; Tsai Ing-Wen||role=President of Taiwan (2016–2024); country=Q865; surname=Tsai
        X:lai-ching-te|PERSON|Lai Ching-te|Lai Ching-te; William Lai||role=President of Taiwan (2024–); country=Q865; surname=none
        # --- South and Southeast Asia, Central Asia, Oceania ---
        Q1058|PERSON|Narendra Modi|Narendra Modi; Narendra Damodardas Modi||role=Prime Minister of India (2014–); country=Q668
        X:rahul-gandhi|PERSON|Rahul Gandhi|Rahul Gandhi||role=Leader of the Indian National Congress; country=Q668
        X:subrahmanyam-jaishankar|PERSON|Subrahmanyam Jaishankar|S. Jaishankar; Subrahmanyam Jaishankar||role=External Affairs Minister of India (2019–); country=Q668
        X:imran-khan|PERSON|Imran Khan|Imran Khan||role=Prime Minister of Pakistan (2018–2022); country=Q843
        X:shehbaz-sharif|PERSON|Shehbaz Sharif|Shehbaz Sharif; Shahbaz Sharif||role=Prime Minister of Pakistan (2022–2023, 2024–); country=Q843
        X:nawaz-sharif|PERSON|Nawaz Sharif|Nawaz Sharif||role=Prime Minister of Pakistan (2013–2017); country=Q843
        X:asim-munir|PERSON|Asim Munir|Asim Munir||role=Chief of Army Staff of Pakistan (2022–); country=Q843
        X:joko-widodo|PERSON|Joko Widodo|Joko Widodo; Jokowi||role=President of Indonesia (2014–2024); country=Q252
        X:prabowo-subianto|PERSON|Prabowo Subianto|Prabowo Subianto||role=President of Indonesia (2024–); country=Q252; surname=Prabowo
        X:rodrigo-duterte|PERSON|Rodrigo Duterte|Rodrigo Duterte||role=President of the Philippines (2016–2022); country=Q928
        X:ferdinand-marcos-jr|PERSON|Ferdinand Marcos Jr.|Ferdinand Marcos Jr.; Ferdinand Marcos Jr; Bongbong Marcos||role=President of the Philippines (2022–); country=Q928; surname=Marcos
        Q36740|PERSON|Aung San Suu Kyi|Aung San Suu Kyi||role=State Counsellor of Myanmar (2016–2021); country=Q836; surname=Suu Kyi
        X:min-aung-hlaing|PERSON|Min Aung Hlaing|Min Aung Hlaing||role=Commander-in-Chief of the Myanmar armed forces; country=Q836; surname=none
        X:kassym-jomart-tokayev|PERSON|Kassym-Jomart Tokayev|Kassym-Jomart Tokaïev; Kassym-Jomart Tokayev||role=President of Kazakhstan (2019–); country=Q232
        X:shavkat-mirziyoyev|PERSON|Shavkat Mirziyoyev|Chavkat Mirzioïev; Shavkat Mirziyoyev||role=President of Uzbekistan (2016–); country=Q265
        X:emomali-rahmon|PERSON|Emomali Rahmon|Emomalii Rahmon; Emomali Rahmon||role=President of Tajikistan (1994–); country=Q863
        X:ilham-aliyev|PERSON|Ilham Aliyev|Ilham Aliev; Ilham Aliyev||role=President of Azerbaijan (2003–); country=Q227
        Q7035479|PERSON|Nikol Pashinyan|Nikol Pachinian; Nikol Pashinyan||role=Prime Minister of Armenia (2018–); country=Q399
        X:anthony-albanese|PERSON|Anthony Albanese|Anthony Albanese||role=Prime Minister of Australia (2022–); country=Q408
        X:scott-morrison|PERSON|Scott Morrison|Scott Morrison||role=Prime Minister of Australia (2018–2022); country=Q408
        X:malcolm-turnbull|PERSON|Malcolm Turnbull|Malcolm Turnbull||role=Prime Minister of Australia (2015–2018); country=Q408
        X:jacinda-ardern|PERSON|Jacinda Ardern|Jacinda Ardern||role=Prime Minister of New Zealand (2017–2023); country=Q664
        # --- Afghanistan ---
        X:ashraf-ghani|PERSON|Ashraf Ghani|Ashraf Ghani; Mohammad Ashraf Ghani; Ashraf Ghani Ahmadzai||role=President of Afghanistan (2014–2021); country=Q889
        X:hamid-karzai|PERSON|Hamid Karzai|Hamid Karzaï; Hamid Karzai||role=President of Afghanistan (2001–2014); country=Q889
        X:abdullah-abdullah|PERSON|Abdullah Abdullah|Abdullah Abdullah||role=Chairman of the High Council for National Reconciliation (2020–2021); country=Q889; surname=none
        X:amrullah-saleh|PERSON|Amrullah Saleh|Amrullah Saleh||role=First Vice President of Afghanistan (2020–2021); country=Q889
        X:hibatullah-akhundzada|PERSON|Hibatullah Akhundzada|Hibatullah Akhundzada; Haibatullah Akhundzada; Hebatullah Akhundzada; Haïbatullah Akhundzada||role=Supreme Leader of the Taliban (2016–); country=Q889
        X:abdul-ghani-baradar|PERSON|Abdul Ghani Baradar|Abdul Ghani Baradar; Abdul Ghani Barader; Mollah Baradar; mollah Baradar; Mullah Baradar||role=Taliban co-founder, Deputy Prime Minister; country=Q889
        X:mullah-omar|PERSON|Mullah Omar|Mollah Omar; mollah Omar; Mullah Omar; Mullah Mohammed Omar; Mohammed Omar||role=Founder and leader of the Taliban (1994–2013); country=Q889; surname=none
        X:sirajuddin-haqqani|PERSON|Sirajuddin Haqqani|Sirajuddin Haqqani; Siraj Haqqani||role=Leader of the Haqqani network, Interior Minister; country=Q889
        X:mohammad-hassan-akhund|PERSON|Mohammad Hassan Akhund|Mohammad Hassan Akhund; Mullah Mohammad Hassan Akhund||role=Prime Minister of the Taliban government (2021–); country=Q889
        X:amir-khan-muttaqi|PERSON|Amir Khan Muttaqi|Amir Khan Muttaqi; Amir Khan Motaqi||role=Foreign Minister of the Taliban government (2021–); country=Q889
        X:zabihullah-mujahid|PERSON|Zabihullah Mujahid|Zabihullah Mujahid; Zabiullah Mujahid||role=Taliban spokesman; country=Q889
        X:suhail-shaheen|PERSON|Suhail Shaheen|Suhail Shaheen; Sohail Shaheen||role=Taliban spokesman in Doha; country=Q889
        X:ahmad-massoud|PERSON|Ahmad Massoud|Ahmad Massoud; Ahmed Massoud||role=Leader of the National Resistance Front; country=Q889
        X:ahmad-shah-massoud|PERSON|Ahmad Shah Massoud|Ahmad Shah Massoud; Ahmed Shah Massoud; commandant Massoud||role=Commander of the Northern Alliance (killed 2001); country=Q889
        # --- Jihadist leaders ---
        Q1317|PERSON|Osama bin Laden|Oussama ben Laden; Oussama Ben Laden; Osama bin Laden; Osama Bin Laden; Usama bin Laden; Oussama bin Laden||role=Founder and leader of al-Qaeda (killed 2011); surname=ben Laden
        X:ayman-al-zawahiri|PERSON|Ayman al-Zawahiri|Ayman al-Zawahiri; Ayman al-Zaouahiri; Ayman Al-Zawahiri; Ayman al-Zawahri||role=Leader of al-Qaeda (2011–2022); surname=Zawahiri
        X:abu-bakr-al-baghdadi|PERSON|Abu Bakr al-Baghdadi|Abou Bakr al-Baghdadi; Abu Bakr al-Baghdadi; Abou Bakr Al-Baghdadi||role=Leader of the Islamic State (2010–2019); surname=Baghdadi
        # --- Middle East and North Africa ---
        Q43723|PERSON|Benjamin Netanyahu|Benjamin Netanyahou; Benyamin Netanyahou; Benjamin Netanyahu; Binyamin Netanyahu; Bibi Netanyahu||role=Prime Minister of Israel; country=Q801; surname=Netanyahu
        X:naftali-bennett|PERSON|Naftali Bennett|Naftali Bennett||role=Prime Minister of Israel (2021–2022); country=Q801
        X:yair-lapid|PERSON|Yair Lapid|Yaïr Lapid; Yair Lapid||role=Prime Minister of Israel (2022); country=Q801
        X:isaac-herzog|PERSON|Isaac Herzog|Isaac Herzog; Itzhak Herzog||role=President of Israel (2021–); country=Q801
        X:benny-gantz|PERSON|Benny Gantz|Benny Gantz||role=Defence Minister of Israel (2020–2022); country=Q801
        X:yoav-gallant|PERSON|Yoav Gallant|Yoav Gallant; Yoav Galant||role=Defence Minister of Israel (2022–2024); country=Q801
        X:israel-katz|PERSON|Israel Katz|Israel Katz||role=Defence Minister of Israel (2024–); country=Q801
        Q127998|PERSON|Mahmoud Abbas|Mahmoud Abbas; Abou Mazen; Abu Mazen||role=President of the Palestinian Authority (2005–); country=Q219060
        X:ismail-haniyeh|PERSON|Ismail Haniyeh|Ismaïl Haniyeh; Ismail Haniyeh; Ismaïl Haniyé; Ismail Haniya||role=Head of Hamas political bureau (2017–2024); country=Q219060
        X:yahya-sinwar|PERSON|Yahya Sinwar|Yahya Sinouar; Yahya Sinwar; Yahia Sinouar||role=Leader of Hamas (2024); country=Q219060
        X:mohammed-deif|PERSON|Mohammed Deif|Mohammed Deif; Mohammed Deïf; Mohammed Dief||role=Commander of the Qassam Brigades; country=Q219060
        X:hassan-nasrallah|PERSON|Hassan Nasrallah|Hassan Nasrallah||role=Secretary-General of Hezbollah (1992–2024); country=Q822
        X:naim-qassem|PERSON|Naim Qassem|Naïm Qassem; Naim Qassem; Naim Kassem||role=Secretary-General of Hezbollah (2024–); country=Q822
        X:ali-khamenei|PERSON|Ali Khamenei|Ali Khamenei; Ali Khameneï; Ali Hosseini Khamenei; ayatollah Ali Khamenei; Ayatollah Ali Khamenei||role=Supreme Leader of Iran (1989–); country=Q794
        X:ruhollah-khomeini|PERSON|Ruhollah Khomeini|Rouhollah Khomeini; Ruhollah Khomeini; ayatollah Khomeini; Ayatollah Khomeini||role=Supreme Leader of Iran (1979–1989); country=Q794
        X:hassan-rouhani|PERSON|Hassan Rouhani|Hassan Rohani; Hassan Rouhani||role=President of Iran (2013–2021); country=Q794
        X:ebrahim-raisi|PERSON|Ebrahim Raisi|Ebrahim Raïssi; Ebrahim Raisi; Ebrahim Raissi||role=President of Iran (2021–2024); country=Q794
        X:masoud-pezeshkian|PERSON|Masoud Pezeshkian|Massoud Pezeshkian; Masoud Pezeshkian||role=President of Iran (2024–); country=Q794
        X:mohammad-javad-zarif|PERSON|Mohammad Javad Zarif|Mohammad Javad Zarif; Javad Zarif||role=Foreign Minister of Iran (2013–2021); country=Q794
        X:abbas-araghchi|PERSON|Abbas Araghchi|Abbas Araghchi; Abbas Araqchi||role=Foreign Minister of Iran (2024–); country=Q794
        X:qasem-soleimani|PERSON|Qasem Soleimani|Qassem Soleimani; Qasem Soleimani; Ghassem Soleimani; Qassim Suleimani; Qasem Suleimani||role=Commander of the Quds Force (killed 2020); country=Q794
        Q44329|PERSON|Bashar al-Assad|Bachar al-Assad; Bachar el-Assad; Bashar al-Assad; Bashar Assad; Bachar Al-Assad||role=President of Syria (2000–2024); country=Q858; surname=Assad
        X:ahmed-al-sharaa|PERSON|Ahmed al-Sharaa|Ahmed al-Charaa; Ahmad al-Charaa; Ahmed al-Sharaa; Ahmad al-Sharaa; Abou Mohammed al-Joulani; Abu Mohammad al-Jolani; Abu Mohammed al-Julani||role=President of Syria (2025–); country=Q858; surname=Charaa
        X:mohammed-bin-salman|PERSON|Mohammed bin Salman|Mohammed ben Salmane; Mohammed bin Salman; Mohammad ben Salmane; Mohammed Ben Salmane; MBS||role=Crown Prince and Prime Minister of Saudi Arabia; country=Q851; surname=none
        X:salman-of-saudi-arabia|PERSON|Salman bin Abdulaziz|Salmane ben Abdelaziz Al Saoud; Salmane ben Abdelaziz; Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud; roi Salmane; King Salman||role=King of Saudi Arabia (2015–); country=Q851; surname=none
        X:mohamed-bin-zayed|PERSON|Mohamed bin Zayed|Mohammed ben Zayed; Mohamed ben Zayed; Mohamed bin Zayed; Mohammed bin Zayed; MBZ||role=President of the United Arab Emirates (2022–); country=Q878; surname=none
        X:tamim-bin-hamad|PERSON|Tamim bin Hamad Al Thani|Tamim ben Hamad Al Thani; Tamim bin Hamad Al Thani; émir Tamim; Emir Tamim||role=Emir of Qatar (2013–); country=Q846; surname=none
        X:abdullah-ii|PERSON|Abdullah II of Jordan|Abdallah II; Abdullah II; roi Abdallah II; King Abdullah II||role=King of Jordan (1999–); country=Q810; surname=none
        X:mohammed-vi|PERSON|Mohammed VI of Morocco|Mohammed VI; roi Mohammed VI; King Mohammed VI||role=King of Morocco (1999–); country=Q1028; surname=none
        X:abdel-fattah-el-sisi|PERSON|Abdel Fattah el-Sisi|Abdel Fattah al-Sissi; Abdel Fattah Al-Sissi; Abdel Fattah el-Sissi; Abdel Fattah el-Sisi; Abdel Fattah al-Sisi||role=President of Egypt (2014–); country=Q79; surname=Sissi
        Q39259|PERSON|Recep Tayyip Erdoğan|Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Tayyip Erdogan; Tayyip Erdoğan||role=President of Turkey (2014–); country=Q43
        X:hakan-fidan|PERSON|Hakan Fidan|Hakan Fidan||role=Foreign Minister of Turkey (2023–); country=Q43
        Q1316|PERSON|Saddam Hussein|Saddam Hussein; Saddam Hussain||role=President of Iraq (1979–2003); country=Q796; surname=none
        X:mohammed-shia-al-sudani|PERSON|Mohammed Shia al-Sudani|Mohammed Chia al-Soudani; Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani||role=Prime Minister of Iraq (2022–); country=Q796; surname=Soudani
        Q19878|PERSON|Muammar Gaddafi|Mouammar Kadhafi; Muammar Gaddafi; Muammar Kadhafi; Muammar al-Gaddafi; Mouammar Khadafi||role=Leader of Libya (1969–2011); country=Q1016; surname=Kadhafi
        X:khalifa-haftar|PERSON|Khalifa Haftar|Khalifa Haftar; Khalifa Hafter||role=Commander of the Libyan National Army; country=Q1016
        X:abdelmadjid-tebboune|PERSON|Abdelmadjid Tebboune|Abdelmadjid Tebboune||role=President of Algeria (2019–); country=Q262
        X:abdelaziz-bouteflika|PERSON|Abdelaziz Bouteflika|Abdelaziz Bouteflika||role=President of Algeria (1999–2019); country=Q262
        X:kais-saied|PERSON|Kais Saied|Kaïs Saïed; Kais Saied; Kaïs Saied||role=President of Tunisia (2019–); country=Q948
        X:hosni-mubarak|PERSON|Hosni Mubarak|Hosni Moubarak; Hosni Mubarak||role=President of Egypt (1981–2011); country=Q79
        X:mohamed-morsi|PERSON|Mohamed Morsi|Mohamed Morsi; Mohammed Morsi||role=President of Egypt (2012–2013); country=Q79
        # --- Sub-Saharan Africa ---
        X:cyril-ramaphosa|PERSON|Cyril Ramaphosa|Cyril Ramaphosa||role=President of South Africa (2018–); country=Q258
        X:jacob-zuma|PERSON|Jacob Zuma|Jacob Zuma||role=President of South Africa (2009–2018); country=Q258
        X:muhammadu-buhari|PERSON|Muhammadu Buhari|Muhammadu Buhari||role=President of Nigeria (2015–2023); country=Q1033
        X:bola-tinubu|PERSON|Bola Tinubu|Bola Tinubu; Bola Ahmed Tinubu||role=President of Nigeria (2023–); country=Q1033
        X:abiy-ahmed|PERSON|Abiy Ahmed|Abiy Ahmed; Abiy Ahmed Ali||role=Prime Minister of Ethiopia (2018–); country=Q115; surname=Abiy
        X:paul-kagame|PERSON|Paul Kagame|Paul Kagame||role=President of Rwanda (2000–); country=Q1037
        X:felix-tshisekedi|PERSON|Félix Tshisekedi|Félix Tshisekedi; Felix Tshisekedi||role=President of the DR Congo (2019–); country=Q974
        X:joseph-kabila|PERSON|Joseph Kabila|Joseph Kabila||role=President of the DR Congo (2001–2019); country=Q974
        X:alassane-ouattara|PERSON|Alassane Ouattara|Alassane Ouattara; Alassane Dramane Ouattara||role=President of Côte d'Ivoire (2011–); country=Q1008
        X:macky-sall|PERSON|Macky Sall|Macky Sall||role=President of Senegal (2012–2024); country=Q1041
        X:bassirou-diomaye-faye|PERSON|Bassirou Diomaye Faye|Bassirou Diomaye Faye||role=President of Senegal (2024–); country=Q1041
        X:ousmane-sonko|PERSON|Ousmane Sonko|Ousmane Sonko||role=Prime Minister of Senegal (2024–); country=Q1041
        X:assimi-goita|PERSON|Assimi Goïta|Assimi Goïta; Assimi Goita||role=President of the transition of Mali (2021–); country=Q912
        X:ibrahim-traore|PERSON|Ibrahim Traoré|Ibrahim Traoré; Ibrahim Traore||role=President of the transition of Burkina Faso (2022–); country=Q965
        X:abdourahamane-tiani|PERSON|Abdourahamane Tiani|Abdourahamane Tiani; Abdourahmane Tchiani; Abdourahamane Tchiani||role=Head of the military government of Niger (2023–); country=Q1032
        X:mohamed-bazoum|PERSON|Mohamed Bazoum|Mohamed Bazoum||role=President of Niger (2021–2023); country=Q1032
        X:mahamat-idriss-deby|PERSON|Mahamat Idriss Déby|Mahamat Idriss Déby; Mahamat Déby; Mahamat Idriss Deby||role=President of Chad (2021–); country=Q657; surname=Déby
        X:idriss-deby|PERSON|Idriss Déby|Idriss Déby; Idriss Déby Itno; Idriss Deby||role=President of Chad (1990–2021); country=Q657
        X:paul-biya|PERSON|Paul Biya|Paul Biya||role=President of Cameroon (1982–); country=Q1009
        X:yoweri-museveni|PERSON|Yoweri Museveni|Yoweri Museveni||role=President of Uganda (1986–); country=Q1036
        X:william-ruto|PERSON|William Ruto|William Ruto||role=President of Kenya (2022–); country=Q114
        X:uhuru-kenyatta|PERSON|Uhuru Kenyatta|Uhuru Kenyatta||role=President of Kenya (2013–2022); country=Q114
        X:abdel-fattah-al-burhan|PERSON|Abdel Fattah al-Burhan|Abdel Fattah al-Burhane; Abdel Fattah al-Burhan; Abdel Fattah Burhan||role=Chairman of the Transitional Sovereignty Council of Sudan (2019–); country=Q1049; surname=Burhan
        X:mohamed-hamdan-dagalo|PERSON|Mohamed Hamdan Dagalo|Mohamed Hamdan Daglo; Mohamed Hamdan Dagalo; Hemedti; Hemeti||role=Commander of the Rapid Support Forces; country=Q1049
        X:omar-al-bashir|PERSON|Omar al-Bashir|Omar el-Béchir; Omar el-Bechir; Omar al-Bashir; Omar Hassan al-Bashir||role=President of Sudan (1989–2019); country=Q1049; surname=Béchir
        X:emmerson-mnangagwa|PERSON|Emmerson Mnangagwa|Emmerson Mnangagwa||role=President of Zimbabwe (2017–); country=Q954
        X:robert-mugabe|PERSON|Robert Mugabe|Robert Mugabe||role=President of Zimbabwe (1987–2017); country=Q954
        X:denis-sassou-nguesso|PERSON|Denis Sassou-Nguesso|Denis Sassou-Nguesso; Denis Sassou Nguesso||role=President of the Republic of the Congo (1997–); country=Q971
        X:faustin-archange-touadera|PERSON|Faustin-Archange Touadéra|Faustin-Archange Touadéra; Faustin-Archange Touadera||role=President of the Central African Republic (2016–); country=Q929
        # --- Americas ---
        Q3099714|PERSON|Justin Trudeau|Justin Trudeau||role=Prime Minister of Canada (2015–2025); country=Q16
        X:mark-carney|PERSON|Mark Carney|Mark Carney||role=Prime Minister of Canada (2025–); country=Q16
        Q37181|PERSON|Luiz Inácio Lula da Silva|Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula||role=President of Brazil (2003–2010, 2023–); country=Q155; surname=Lula
        Q10304982|PERSON|Jair Bolsonaro|Jair Bolsonaro; Jair Messias Bolsonaro||role=President of Brazil (2019–2022); country=Q155
        Q318508|PERSON|Andrés Manuel López Obrador|Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; AMLO||role=President of Mexico (2018–2024); country=Q96; surname=López Obrador
        X:claudia-sheinbaum|PERSON|Claudia Sheinbaum|Claudia Sheinbaum||role=President of Mexico (2024–); country=Q96
        X:javier-milei|PERSON|Javier Milei|Javier Milei||role=President of Argentina (2023–); country=Q414
        X:alberto-fernandez|PERSON|Alberto Fernández|Alberto Fernández; Alberto Fernandez||role=President of Argentina (2019–2023); country=Q414
        Q561837|PERSON|Mauricio Macri|Mauricio Macri||role=President of Argentina (2015–2019); country=Q414
        X:nicolas-maduro|PERSON|Nicolás Maduro|Nicolás Maduro; Nicolas Maduro||role=President of Venezuela (2013–); country=Q717
        Q8440|PERSON|Hugo Chávez|Hugo Chávez; Hugo Chavez||role=President of Venezuela (1999–2013); country=Q717
        X:juan-guaido|PERSON|Juan Guaidó|Juan Guaidó; Juan Guaido||role=Venezuelan opposition leader; country=Q717
        X:maria-corina-machado|PERSON|María Corina Machado|María Corina Machado; Maria Corina Machado||role=Venezuelan opposition leader; country=Q717; surname=Machado
        Q11256|PERSON|Fidel Castro|Fidel Castro||role=Leader of Cuba (1959–2008); country=Q241
        X:raul-castro|PERSON|Raúl Castro|Raúl Castro; Raul Castro||role=President of Cuba (2008–2018); country=Q241
        X:miguel-diaz-canel|PERSON|Miguel Díaz-Canel|Miguel Díaz-Canel; Miguel Diaz-Canel||role=President of Cuba (2018–); country=Q241
        X:gustavo-petro|PERSON|Gustavo Petro|Gustavo Petro||role=President of Colombia (2022–); country=Q739
        X:ivan-duque|PERSON|Iván Duque|Iván Duque; Ivan Duque||role=President of Colombia (2018–2022); country=Q739
        X:gabriel-boric|PERSON|Gabriel Boric|Gabriel Boric||role=President of Chile (2022–); country=Q298
        X:daniel-ortega|PERSON|Daniel Ortega|Daniel Ortega||role=President of Nicaragua (2007–); country=Q811
        X:nayib-bukele|PERSON|Nayib Bukele|Nayib Bukele||role=President of El Salvador (2019–); country=Q792
        # --- Europe (other) ---
        X:giorgia-meloni|PERSON|Giorgia Meloni|Giorgia Meloni||role=Prime Minister of Italy (2022–); country=Q38
        X:mario-draghi|PERSON|Mario Draghi|Mario Draghi||role=Prime Minister of Italy (2021–2022), President of the ECB (2011–2019); country=Q38
        X:sergio-mattarella|PERSON|Sergio Mattarella|Sergio Mattarella||role=President of Italy (2015–); country=Q38
        X:silvio-berlusconi|PERSON|Silvio Berlusconi|Silvio Berlusconi||role=Prime Minister of Italy (2008–2011); country=Q38
        Q6070218|PERSON|Pedro Sánchez|Pedro Sánchez; Pedro Sanchez||role=Prime Minister of Spain (2018–); country=Q29
        X:donald-tusk|PERSON|Donald Tusk|Donald Tusk||role=Prime Minister of Poland (2023–), President of the European Council (2014–2019); country=Q36
        X:andrzej-duda|PERSON|Andrzej Duda|Andrzej Duda||role=President of Poland (2015–2025); country=Q36
        X:karol-nawrocki|PERSON|Karol Nawrocki|Karol Nawrocki||role=President of Poland (2025–); country=Q36
        Q57641|PERSON|Viktor Orbán|Viktor Orbán; Viktor Orban||role=Prime Minister of Hungary (2010–); country=Q28
        Q57606|PERSON|Robert Fico|Robert Fico||role=Prime Minister of Slovakia (2023–); country=Q214
        X:kyriakos-mitsotakis|PERSON|Kyriakos Mitsotakis|Kyriákos Mitsotákis; Kyriakos Mitsotakis||role=Prime Minister of Greece (2019–); country=Q41
        X:alexis-tsipras|PERSON|Alexis Tsipras|Alexis Tsipras||role=Prime Minister of Greece (2015–2019); country=Q41
        X:aleksandar-vucic|PERSON|Aleksandar Vučić|Aleksandar Vučić; Aleksandar Vucic||role=President of Serbia (2017–); country=Q403
        X:alexander-stubb|PERSON|Alexander Stubb|Alexander Stubb||role=President of Finland (2024–); country=Q33
        X:mette-frederiksen|PERSON|Mette Frederiksen|Mette Frederiksen||role=Prime Minister of Denmark (2019–); country=Q35
        # --- UN, NATO, EU and other international leaders ---
        Q311440|PERSON|António Guterres|António Guterres; Antonio Guterres; Antonio Gutteres||role=Secretary-General of the United Nations (2017–)
        Q1253|PERSON|Ban Ki-moon|Ban Ki-moon; Ban Ki-Moon||role=Secretary-General of the United Nations (2007–2016); country=Q884; surname=Ban
        Q1254|PERSON|Kofi Annan|Kofi Annan||role=Secretary-General of the United Nations (1997–2006); country=Q117
        X:jens-stoltenberg|PERSON|Jens Stoltenberg|Jens Stoltenberg||role=Secretary General of NATO (2014–2024); country=Q20
        Q57792|PERSON|Mark Rutte|Mark Rutte||role=Secretary General of NATO (2024–), Prime Minister of the Netherlands (2010–2024); country=Q55
        Q60772|PERSON|Ursula von der Leyen|Ursula von der Leyen; Ursula Von der Leyen||role=President of the European Commission (2019–); country=Q183; surname=von der Leyen
        X:jean-claude-juncker|PERSON|Jean-Claude Juncker|Jean-Claude Juncker||role=President of the European Commission (2014–2019); country=Q32
        X:charles-michel|PERSON|Charles Michel|Charles Michel||role=President of the European Council (2019–2024); country=Q31
        X:antonio-costa|PERSON|António Costa|António Costa; Antonio Costa||role=President of the European Council (2024–), Prime Minister of Portugal (2015–2024); country=Q45
        X:josep-borrell|PERSON|Josep Borrell|Josep Borrell||role=EU High Representative for Foreign Affairs (2019–2024); country=Q29
        X:kaja-kallas|PERSON|Kaja Kallas|Kaja Kallas||role=EU High Representative for Foreign Affairs (2024–); country=Q191
        X:roberta-metsola|PERSON|Roberta Metsola|Roberta Metsola||role=President of the European Parliament (2022–); country=Q233
        X:christine-lagarde|PERSON|Christine Lagarde|Christine Lagarde||role=President of the European Central Bank (2019–); country=Q142
        X:kristalina-georgieva|PERSON|Kristalina Georgieva|Kristalina Georgieva||role=Managing Director of the IMF (2019–); country=Q219
        X:tedros-adhanom|PERSON|Tedros Adhanom Ghebreyesus|Tedros Adhanom Ghebreyesus; Tedros Adhanom||role=Director-General of the WHO (2017–); country=Q115; surname=Tedros
        X:rafael-grossi|PERSON|Rafael Grossi|Rafael Grossi; Rafael Mariano Grossi||role=Director General of the IAEA (2019–); country=Q414
        X:filippo-grandi|PERSON|Filippo Grandi|Filippo Grandi||role=UN High Commissioner for Refugees (2016–2025); country=Q38
        X:volker-turk|PERSON|Volker Türk|Volker Türk; Volker Turk||role=UN High Commissioner for Human Rights (2022–); country=Q40
        X:karim-khan|PERSON|Karim Khan|Karim Khan; Karim A. A. Khan||role=Prosecutor of the International Criminal Court (2021–); country=Q145
        Q450675|PERSON|Pope Francis|pape François; Pope Francis; Jorge Mario Bergoglio; Jorge Bergoglio||role=Pope (2013–2025); country=Q237; surname=none
        X:pope-leo-xiv|PERSON|Pope Leo XIV|pape Léon XIV; Léon XIV; Pope Leo XIV; Leo XIV; Robert Francis Prevost; Robert Prevost||role=Pope (2025–); country=Q237; surname=none
        X:pope-benedict-xvi|PERSON|Pope Benedict XVI|pape Benoît XVI; Benoît XVI; Pope Benedict XVI; Benedict XVI; Joseph Ratzinger||role=Pope (2005–2013); country=Q237; surname=none
        """#
}
