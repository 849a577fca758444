"""Hand-written person-name lists for pack_o (no Faker, no copied list).

Each tradition: region, order ("gf" given-first, "fg" family-first native, "mix" romanised East Asian names
written in either order), male given names, female given names, surnames.  A surname written "A|B" is
gendered: A for men, B for women.  Run `python names.py` for statistics.
"""

from __future__ import annotations

import unicodedata

T = {}


def _t(key, region, order, m, f, s):
    T[key] = {"region": region, "order": order, "m": m.split(","), "f": f.split(","), "s": s.split(",")}


# --- Europe ---------------------------------------------------------------------------------------------
_t("english", "Europe", "gf",
   "Oliver,Harry,George,Callum,Owen,Reece,Toby,Jamie,Alfie,Will,Grant,Dean",
   "Amelia,Chloe,Poppy,Harriet,Imogen,Rose,Hope,Summer,Bethany,Eleanor,Dawn,Holly",
   "Whitfield,Hargreaves,Pemberton,Ashworth,Thornton,Clarke,Page,Hunter,Lane,Fairbairn,Attwood,Burrows")
_t("irish", "Europe", "gf",
   "Cian,Oisín,Ciarán,Pádraig,Darragh,Eoin,Seán,Tadhg",
   "Aoife,Niamh,Siobhán,Caoimhe,Róisín,Orla,Clodagh,Saoirse",
   "O'Brien,O'Sullivan,Ó Súilleabháin|Ní Shúilleabháin,Mac Cárthaigh|Nic Cárthaigh,McLoughlin,Ó Briain|Ní Bhriain,"
   "Fitzgerald,Kavanagh,Ó Donnchadha|Ní Dhonnchadha,Brennan")
_t("scottish", "Europe", "gf",
   "Angus,Fraser,Hamish,Lachlan,Euan,Ruaridh",
   "Isla,Mhairi,Eilidh,Kirsty,Morag,Ailsa",
   "MacLeod,MacDonald,Mackenzie,McIntyre,Buchanan,Drummond,Sinclair,Urquhart")
_t("welsh", "Europe", "gf",
   "Rhys,Gareth,Dafydd,Iwan,Emyr,Gruffydd",
   "Cerys,Ffion,Angharad,Nia,Seren,Rhiannon",
   "Llewellyn,Pritchard,ap Rhys,Bowen,Griffiths,Vaughan,Prosser")
_t("german", "Europe", "gf",
   "Jürgen,Klaus-Peter,Matthias,Lukas,Florian,Tobias,Jörg,Maximilian,Sören,Till",
   "Anke,Jana,Katharina,Lea,Sabine,Franziska,Annegret,Mareike,Jördis,Hannelore",
   "Müller,Schäfer,Weißmann,Köhler,Hoffmann,von Bülow,zu Stolberg,Brandstätter,Krüger,Vogt,Oßwald,Lindemann")
_t("dutch", "Europe", "gf",
   "Joost,Bram,Sander,Daan,Maarten,Wouter,Sjoerd,Thijs",
   "Femke,Sanne,Lieke,Marloes,Anouk,Ilse,Noor,Fenna",
   "van der Meulen,de Vries,van den Bosch,ter Horst,Bakker,van 't Hof,Visser,Dijkstra,de Groot,van Leeuwen")
_t("flemish", "Europe", "gf",
   "Pieter-Jan,Wout,Arne,Jelle,Kobe,Stijn",
   "Lotte,Ine,Evi,Elke,Fien,Marieke",
   "Vandenbroucke,De Smet,Claes,Peeters,Van Damme,Verhaegen,Wouters,De Backer")
_t("french", "Europe", "gf",
   "Étienne,Jean-Luc,Mathieu,Benoît,Loïc,Guillaume,Théo,Rémi,Anatole,Yannick",
   "Élodie,Anne-Marie,Maëlle,Chloé,Océane,Margaux,Léa,Béatrice,Solène,Gaëlle",
   "Lefèvre,de la Fontaine,Le Gall,Dubois,Moreau,Girard,d'Aubigné,Rousseau,Fontaine,Bérenger,Charpentier")
_t("quebecois", "Americas", "gf",
   "Jean-François,Marc-André,Sébastien,Gaétan,Réjean",
   "Marie-Ève,Geneviève,Josée,Nathalie,Sylvie",
   "Tremblay,Gagnon,Bouchard,Côté,Pelletier,Lévesque,Bélanger")
_t("italian", "Europe", "gf",
   "Giuseppe,Alessandro,Lorenzo,Matteo,Niccolò,Gianluca,Salvatore,Pierluigi",
   "Giulia,Chiara,Francesca,Beatrice,Ilaria,Martina,Donatella,Raffaella",
   "Esposito,Bianchi,De Luca,Di Stefano,Ferrara,Colombo,Lo Bianco,Mancini,D'Angelo,Santoro")
_t("spanish", "Europe", "gf",
   "Javier,Álvaro,Íñigo,Sergio,Joaquín,Rubén,Andrés,Gonzalo",
   "Lucía,Nuria,Inmaculada,Ainhoa,Rocío,Begoña,Pilar,Marta",
   "García Márquez,Fernández López,de la Cruz,Sánchez-Vidal,Ortuño y Ortuño,Jiménez,Navarro,Domínguez,Iglesias Pardo")
_t("catalan", "Europe", "gf",
   "Jordi,Pau,Oriol,Arnau,Quim",
   "Montserrat,Núria,Mireia,Laia,Gemma",
   "Puig,Vilaró,Casals,Ferrer i Soler,Bosch,Roig")
_t("basque", "Europe", "gf",
   "Iker,Unai,Gorka,Jon,Aitor",
   "Itziar,Nerea,Amaia,Leire,Maite",
   "Etxeberria,Goikoetxea,Agirre,Urrutia,Zubizarreta")
_t("portuguese", "Europe", "gf",
   "João,Tiago,Gonçalo,Rui,Duarte,Nuno",
   "Inês,Beatriz,Leonor,Mariana,Filipa,Conceição",
   "da Silva,dos Santos,Gonçalves,Magalhães,Carvalho,Pereira da Costa,Simões,Brandão")
_t("polish", "Europe", "gf",
   "Paweł,Krzysztof,Łukasz,Grzegorz,Wojciech,Bartosz,Mikołaj",
   "Agnieszka,Małgorzata,Katarzyna,Zofia,Joanna,Żaneta,Gosia",
   "Wiśniewski|Wiśniewska,Nowak,Kowalczyk,Zieliński|Zielińska,Wójcik,Lewandowski|Lewandowska,Dąbrowski|Dąbrowska,"
   "Szymański|Szymańska")
_t("czech", "Europe", "gf",
   "Jiří,Tomáš,Ondřej,Vojtěch,Lukáš,Radek",
   "Tereza,Kateřina,Lenka,Markéta,Zuzana,Šárka",
   "Novák|Nováková,Dvořák|Dvořáková,Černý|Černá,Procházka|Procházková,Kučera|Kučerová,Svoboda|Svobodová")
_t("slovak", "Europe", "gf",
   "Marek,Peter,Ľubomír,Juraj,Matúš",
   "Lucia,Ľudmila,Zuzana,Jana,Veronika",
   "Horváth|Horváthová,Kováč|Kováčová,Baláž|Balážová,Tóth|Tóthová")
_t("hungarian", "Europe", "fg",
   "László,Gábor,Zoltán,Bence,Levente,Ákos",
   "Zsófia,Réka,Eszter,Katalin,Boglárka,Ildikó",
   "Nagy,Kovács,Szabó,Tóth,Horváth,Varga,Fehér,Balogh")
_t("romanian", "Europe", "gf",
   "Andrei,Mihai,Ștefan,Bogdan,Radu,Sorin",
   "Ioana,Andreea,Mădălina,Roxana,Irina,Oana",
   "Popescu,Ionescu,Dumitrescu,Stănescu,Constantinescu,Țurcanu,Munteanu")
_t("greek", "Europe", "gf",
   "Giorgos,Dimitris,Konstantinos,Panagiotis,Stavros,Christos",
   "Eleni,Katerina,Despina,Vasiliki,Athina,Sofia",
   "Papadopoulos|Papadopoulou,Georgiou,Nikolaidis|Nikolaidou,Karamanlis|Karamanli,Vlachos|Vlachou,"
   "Antoniou,Alexiou")
_t("swedish", "Europe", "gf",
   "Björn,Anders,Gustav,Linus,Oskar,Håkan",
   "Ingrid,Astrid,Maja,Elsa,Linnéa,Karin",
   "Lindqvist,Johansson,Bergström,Åkesson,Sjöberg,Nyström,Holmgren")
_t("norwegian", "Europe", "gf",
   "Øystein,Magnus,Sindre,Eirik,Torbjørn",
   "Ingvild,Solveig,Sigrid,Ragnhild,Tuva",
   "Haugen,Bakken,Solberg,Løvik,Strand,Østby")
_t("danish", "Europe", "gf",
   "Rasmus,Mads,Søren,Frederik,Kasper",
   "Mette,Signe,Freja,Ida,Sidsel",
   "Jørgensen,Mortensen,Kjærgaard,Thygesen,Nørgaard")
_t("finnish", "Europe", "gf",
   "Juha,Mikko,Jukka,Lauri,Ville,Teemu",
   "Aino,Sanna,Päivi,Riikka,Heli,Kaisa",
   "Virtanen,Mäkinen,Heikkinen,Koskinen,Järvinen,Lehtonen,Hämäläinen")
_t("icelandic", "Europe", "gf",
   "Sigurður,Guðmundur,Jón,Einar,Gunnar",
   "Guðrún,Sigríður,Kristín,Hildur,Þórdís",
   "Jónsson|Jónsdóttir,Sigurðsson|Sigurðardóttir,Einarsson|Einarsdóttir,Magnússon|Magnúsdóttir,"
   "Þórsson|Þórsdóttir")
_t("lithuanian", "Europe", "gf",
   "Mindaugas,Tomas,Darius,Jonas,Žygimantas",
   "Rūta,Eglė,Ieva,Gintarė,Aušra",
   "Kazlauskas|Kazlauskienė,Petrauskas|Petrauskaitė,Jankauskas|Jankauskienė,Žukauskas|Žukauskaitė")
_t("latvian", "Europe", "gf",
   "Jānis,Kārlis,Andris,Edgars",
   "Līga,Ilze,Dace,Kristīne",
   "Bērziņš|Bērziņa,Kalniņš|Kalniņa,Ozols|Ozola,Liepiņš|Liepiņa")
_t("croatian", "Europe", "gf",
   "Ivan,Luka,Domagoj,Matija,Krešimir",
   "Ivana,Petra,Maja,Mateja,Dubravka",
   "Horvat,Kovačević,Babić,Marić,Jurić,Šimić")
_t("serbian", "Europe", "gf",
   "Nemanja,Miloš,Stefan,Dušan,Vuk",
   "Jelena,Milica,Dragana,Teodora,Snežana",
   "Jovanović,Petrović,Nikolić,Đorđević,Stojanović,Ilić")
_t("ukrainian", "Europe", "gf",
   "Oleksandr,Taras,Bohdan,Andriy,Yaroslav",
   "Olena,Oksana,Iryna,Kateryna,Solomiya",
   "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Melnyk,Kravchuk,Hrytsenko")
_t("russian", "Europe", "gf",
   "Dmitry,Aleksei,Sergei,Mikhail,Nikolai,Yegor",
   "Natalia,Yekaterina,Svetlana,Darya,Anastasia,Ksenia",
   "Smirnov|Smirnova,Volkov|Volkova,Sokolov|Sokolova,Lebedev|Lebedeva,Morozov|Morozova,Zaitsev|Zaitseva")
_t("albanian", "Europe", "gf",
   "Arben,Besnik,Dritan,Ilir",
   "Blerta,Drita,Mirela,Elira",
   "Hoxha,Krasniqi,Berisha,Gashi,Shehu")
_t("turkish", "Europe", "gf",
   "Mehmet,Emre,Burak,Oğuz,Çağlar,Hakan",
   "Ayşe,Elif,Zeynep,Gülşen,Şeyma,Özlem",
   "Yılmaz,Öztürk,Kaya,Çelik,Şahin,Doğan,Aydın,Güneş")
# --- Middle East, North Africa, Caucasus, Central Asia ----------------------------------------------------
_t("levantine", "Middle East", "gf",
   "Karim,Omar,Ziad,Rami,Tarek,Fadi",
   "Layla,Rania,Nour,Dima,Yasmin,Hiba",
   "Haddad,Khoury,Al-Masri,Nassar,Saab,Abu Samra,Mansour")
_t("gulf", "Middle East", "gf",
   "Abdullah,Khalid,Faisal,Sultan,Hamad",
   "Maryam,Noura,Aisha,Latifa,Reem",
   "Al-Qahtani,Al-Mansouri,bin Rashid|bint Rashid,Al Nahyan,Al-Harbi,Al-Shamsi")
_t("maghrebi", "North Africa", "gf",
   "Youssef,Mehdi,Rachid,Samir,Amine",
   "Fatima-Zahra,Salma,Imane,Khadija,Nadia",
   "El Amrani,Benali,Bouzid,Ait Ouahmane,Ben Youssef,Chaoui,El Idrissi")
_t("egyptian", "North Africa", "gf",
   "Mahmoud,Mostafa,Sherif,Hossam",
   "Mona,Heba,Dalia,Shaimaa",
   "Abdel-Rahman,El-Sayed,Fawzy,Mostafa,Hegazy")
_t("persian", "Middle East", "gf",
   "Arash,Kourosh,Behrouz,Dariush,Navid",
   "Shirin,Parisa,Negar,Leila,Mahsa",
   "Hosseini,Moradi,Tehrani,Jafari,Karimi,Sadeghi")
_t("israeli", "Middle East", "gf",
   "Yossi,Avi,Itai,Eyal,Noam",
   "Noa,Tamar,Michal,Shira,Yael",
   "Cohen,Levi,Mizrahi,Ben-David,Peretz,Friedman,Avraham")
_t("kurdish", "Middle East", "gf",
   "Azad,Rebin,Dilshad,Hemin",
   "Shilan,Rojda,Berivan,Nazdar",
   "Barzani,Talabani,Zebari,Dosky")
_t("georgian", "Caucasus", "gf",
   "Giorgi,Levan,Davit,Irakli,Zurab",
   "Nino,Tamar,Ketevan,Mariam,Eka",
   "Beridze,Kapanadze,Gelashvili,Lomidze,Tsiklauri,Chkheidze")
_t("armenian", "Caucasus", "gf",
   "Aram,Tigran,Hovhannes,Narek,Vardan",
   "Anahit,Lusine,Nare,Siranush,Gayane",
   "Petrosyan,Hakobyan,Grigoryan,Sargsyan,Karapetyan,Avetisyan")
_t("azerbaijani", "Caucasus", "gf",
   "Elvin,Rashad,Tural,Orkhan",
   "Aynur,Gunel,Leyla,Nigar",
   "Aliyev|Aliyeva,Mammadov|Mammadova,Huseynov|Huseynova,Guliyev|Guliyeva")
_t("kazakh", "Central Asia", "gf",
   "Nursultan,Yerlan,Daulet,Askar",
   "Aigerim,Dana,Madina,Zhanar",
   "Nurlanov|Nurlanova,Abenov|Abenova,Seitkali,Zhaksylykov|Zhaksylykova,Omarov|Omarova")
_t("uzbek", "Central Asia", "gf",
   "Jasur,Sardor,Bekzod,Timur",
   "Dilnoza,Nilufar,Gulnora,Malika",
   "Karimov|Karimova,Rakhimov|Rakhimova,Tashkentov|Tashkentova,Yusupov|Yusupova")
# --- South Asia ----------------------------------------------------------------------------------------------
_t("north_indian", "South Asia", "gf",
   "Rahul,Arjun,Vikram,Aditya,Rohan,Siddharth,Amit",
   "Priya,Ananya,Kavya,Neha,Pooja,Shreya,Ritu",
   "Sharma,Verma,Gupta,Agarwal,Malhotra,Chaturvedi,Srivastava,Kapoor")
_t("tamil", "South Asia", "gf",
   "Karthik,Senthil,Murugan,Vignesh,Arun",
   "Lakshmi,Meenakshi,Divya,Kaveri,Revathi",
   "Subramanian,Ramasamy,Venkatesan,Krishnan,Palaniappan,Raghavan")
_t("telugu", "South Asia", "gf",
   "Srinivas,Venkat,Ravi,Naveen",
   "Sravani,Lavanya,Swathi,Bhavana",
   "Reddy,Naidu,Rao,Chowdary,Yadav")
_t("bengali", "South Asia", "gf",
   "Sourav,Arnab,Debashis,Tanmoy,Rafiq",
   "Arpita,Moumita,Sharmin,Rituparna,Tahmina",
   "Chatterjee,Banerjee,Mukherjee,Das,Chowdhury,Hossain,Rahman")
_t("punjabi", "South Asia", "gf",
   "Harpreet,Gurpreet,Jaswinder,Manpreet,Amrit",
   "Simran,Navneet,Harleen,Jasleen,Kiranjit",
   "Singh,Kaur,Sandhu,Gill,Dhillon,Sidhu,Grewal")
_t("pakistani", "South Asia", "gf",
   "Usman,Bilal,Hamza,Faisal,Zeeshan",
   "Ayesha,Sana,Hira,Mahnoor,Zainab",
   "Qureshi,Siddiqui,Butt,Chaudhry,Malik,Abbasi,Sheikh")
_t("sinhalese", "South Asia", "gf",
   "Chaminda,Nuwan,Kasun,Lahiru",
   "Dilani,Nadeesha,Sanduni,Tharushi",
   "Perera,Wickramasinghe,Jayasuriya,Fernando,Bandara,Rajapaksha")
_t("nepali", "South Asia", "gf",
   "Bikash,Prakash,Suman,Anish",
   "Sabina,Sushma,Anjali,Pratima",
   "Shrestha,Gurung,Thapa,Adhikari,Tamang,Rai")
# --- East Asia (romanised) -------------------------------------------------------------------------------
_t("mandarin", "East Asia", "mix",
   "Wei,Hao,Jun,Zhiwei,Haoran,Yifan,Tao",
   "Jing,Xiaoling,Yutong,Mei,Xinyi,Lihua,Ying",
   "Wang,Zhang,Liu,Chen,Zhao,Huang,Xu,Zhou,Gao")
_t("cantonese", "East Asia", "mix",
   "Ka Ho,Chi Wai,Wing Kit,Man Lok",
   "Ka Yan,Wing Sze,Hoi Yee,Mei Ling",
   "Chan,Wong,Leung,Cheung,Lau,Ng,Tsang")
_t("taiwanese", "East Asia", "mix",
   "Chih-Hao,Yu-Ting,Chien-Ming,Po-Wei",
   "Shu-Fen,Hsiao-Wen,Ya-Ting,Pei-Shan",
   "Lin,Tsai,Hsu,Chiang,Cheng")
_t("japanese", "East Asia", "mix",
   "Kenji,Haruto,Takumi,Daisuke,Ryota,Shota,Yuki",
   "Yui,Misaki,Aoi,Haruka,Sakura,Natsuki,Emi",
   "Tanaka,Watanabe,Yamamoto,Nakamura,Kobayashi,Inoue,Matsumoto,Fujiwara,Hayashi")
_t("korean", "East Asia", "mix",
   "Min-jun,Ji-ho,Seo-jun,Dong-hyun,Hyun-woo",
   "Seo-yeon,Ji-woo,Min-seo,Ha-eun,Su-bin",
   "Kim,Lee,Park,Choi,Jung,Kang,Yoon,Jang")
_t("mongolian", "East Asia", "gf",
   "Bat-Erdene,Ganbaatar,Temuulen,Munkh-Orgil",
   "Oyunchimeg,Enkhjargal,Solongo,Nomin",
   "Bold,Dorj,Batbayar,Tserendorj")
# --- South-East Asia -----------------------------------------------------------------------------------
_t("vietnamese", "South-East Asia", "fg",
   "Văn Đức,Minh Tuấn,Quốc Bảo,Hoàng Long,Thành Nam",
   "Thị Lan,Ngọc Ánh,Thu Hà,Minh Anh,Phương Thảo",
   "Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi")
_t("thai", "South-East Asia", "gf",
   "Somchai,Anan,Kittisak,Thanawat,Prasert",
   "Napat,Siriporn,Kanya,Pimchanok,Ratana",
   "Srisuk,Jaidee,Chaiyaphum,Wongsawat,Rattanakorn,Kittikhun")
_t("filipino", "South-East Asia", "gf",
   "Jose Mari,Rodel,Jomar,Paolo,Carlo",
   "Maricel,Jocelyn,Kristine,Divina,Mylene",
   "Dela Cruz,Santos,Reyes,Macapagal,Bautista,Villanueva,Magsaysay")
_t("indonesian", "South-East Asia", "gf",
   "Budi,Agus,Eko,Rizky,Dimas",
   "Siti,Dewi,Wulan,Putri,Ratna",
   "Santoso,Wijaya,Kusuma,Hidayat,Saputra,Nugroho")
_t("malay", "South-East Asia", "gf",
   "Ahmad Faiz,Muhammad Hafiz,Azlan,Zulkifli",
   "Nur Aisyah,Siti Aminah,Farah,Nurul Izzah",
   "bin Abdullah|binti Abdullah,bin Ismail|binti Ismail,bin Othman|binti Othman")
# --- Africa ----------------------------------------------------------------------------------------------
_t("yoruba", "West Africa", "gf",
   "Oluwaseun,Babatunde,Adewale,Olumide,Tunde",
   "Folasade,Adeola,Oluwakemi,Titilayo,Bukola",
   "Adeyemi,Ogunleye,Adebayo,Okonkwo-Adeyemi,Oyelaran,Balogun")
_t("igbo", "West Africa", "gf",
   "Chinedu,Emeka,Obinna,Chukwuemeka,Ikenna",
   "Ngozi,Chiamaka,Adaeze,Nneka,Ifeoma",
   "Okafor,Nwosu,Eze,Okeke,Obi,Nnamdi")
_t("hausa", "West Africa", "gf",
   "Abubakar,Musa,Sani,Aminu",
   "Hauwa,Zainab,Hadiza,Amina",
   "Bello,Danjuma,Yusuf,Garba,Lawan")
_t("akan", "West Africa", "gf",
   "Kwame,Kofi,Kwabena,Yaw,Kwasi",
   "Ama,Akosua,Abena,Efua,Adwoa",
   "Mensah,Asante,Owusu,Boateng,Acheampong,Ofori")
_t("wolof", "West Africa", "gf",
   "Mamadou,Cheikh,Ousmane,Ibrahima",
   "Aminata,Fatou,Awa,Ndeye",
   "Diop,Ndiaye,Sow,Fall,Mbaye,Seck")
_t("swahili", "East Africa", "gf",
   "Baraka,Juma,Otieno,Kamau,Mwangi",
   "Wanjiru,Achieng,Neema,Zawadi,Njeri",
   "Odhiambo,Wanjala,Kiprono,Mutua,Njoroge,Ochieng")
_t("ethiopian", "East Africa", "gf",
   "Abebe,Tesfaye,Dawit,Yohannes,Haile",
   "Selamawit,Meron,Tigist,Hirut,Bethlehem",
   "Bekele,Tadesse,Gebremedhin,Alemu,Wolde")
_t("somali", "East Africa", "gf",
   "Abdirahman,Mohamed,Abdiwali,Liban",
   "Hodan,Sahra,Ifrah,Ubah",
   "Warsame,Farah,Hassan,Abdi,Omar")
_t("southern_african", "Southern Africa", "gf",
   "Sipho,Thabo,Mandla,Lwazi,Bongani",
   "Nomvula,Thandeka,Lerato,Zanele,Ayanda",
   "Dlamini,Nkosi,Mthembu,Khumalo,Ndlovu,Mokoena")
_t("afrikaans", "Southern Africa", "gf",
   "Pieter,Johan,Hendrik,Riaan",
   "Annelie,Marelize,Elmarie,Lize",
   "van der Merwe,Botha,du Plessis,Pretorius,Coetzee,le Roux")
# --- Americas ---------------------------------------------------------------------------------------------
_t("us", "Americas", "gf",
   "Tyler,Brandon,Cody,Dustin,Marcus,Hunter,Chase,Garrett,Travis,Darnell",
   "Brittany,Kayla,Madison,Ashley,Shaniqua,Megan,Savannah,Kelsey,Paige,Destiny",
   "Johnson,Whitaker,Kowalczyk,McAllister,Washington,Hendricks,Burke,Caldwell,Delacroix,Rutherford")
_t("mexican", "Americas", "gf",
   "José Luis,Juan Carlos,Alejandro,Ramón,Eduardo,Héctor",
   "Guadalupe,María José,Ximena,Itzel,Fernanda,Araceli",
   "Hernández,Martínez,Ramírez,de la Rosa,Gutiérrez Ortega,Cervantes,Velázquez,Zúñiga")
_t("brazilian", "Americas", "gf",
   "João Pedro,Thiago,Caio,Rodrigo,Leandro,Vinícius",
   "Ana Clara,Larissa,Thaís,Juliana,Raíssa,Gabriela",
   "Oliveira,Souza,dos Santos,Ferreira,Albuquerque,Nascimento,Araújo,Lima")
_t("andean", "Americas", "gf",
   "Wilfredo,Edwin,Percy,Yupanqui",
   "Rosa Elena,Nilda,Marleni,Killa",
   "Quispe,Mamani,Huamán,Condori,Choque,Ccahuana")
_t("argentine", "Americas", "gf",
   "Facundo,Agustín,Matías,Nahuel,Santiago",
   "Florencia,Agustina,Milagros,Camila,Rocío",
   "González,Rodríguez,Fernández,Bianchi,Sosa,Giménez")
_t("caribbean", "Americas", "gf",
   "Delroy,Jermaine,Andre,Kemar,Rohan",
   "Shanice,Tamika,Kerry-Ann,Tanesha,Marcia",
   "Campbell,Williams,Brown,Thompson,McKenzie,Grant")
_t("haitian", "Americas", "gf",
   "Jean-Baptiste,Wilson,Frantz,Ricardo",
   "Marie-Claude,Nadège,Roseline,Guerline",
   "Joseph,Pierre-Louis,Jean-Charles,Dorval,Baptiste")
# --- Oceania -----------------------------------------------------------------------------------------------
_t("australian", "Oceania", "gf",
   "Bradley,Lachie,Mitchell,Jarrod,Blake",
   "Kylie,Tahlia,Jessica,Brooke,Skye",
   "Nguyen-Smith,Fitzpatrick,O'Connell,Kennedy,Henderson,Tremayne")
_t("maori", "Oceania", "gf",
   "Tama,Wiremu,Rāwiri,Hemi,Nikau",
   "Aroha,Mere,Hana,Ngaio,Kahurangi",
   "Ngata,Te Whiti,Parata,Tāwhiri,Walker,Horomona")
_t("samoan", "Oceania", "gf",
   "Sione,Tavita,Malakai,Ioane",
   "Lagi,Sina,Mele,Leota",
   "Tuilagi,Faleolo,Sapolu,Tuiasosopo,Leaupepe")
_t("tongan", "Oceania", "gf",
   "Viliami,Sitani,Tevita,Siaosi",
   "Salote,Losana,Mele,Ana",
   "Fifita,Taufa,Havili,Vake")
_t("fijian", "Oceania", "gf",
   "Josefa,Ratu,Waisale,Semi",
   "Litia,Mereoni,Adi,Vasemaca",
   "Naivalu,Rabuka,Tuisawau,Vunibaka")


# Native-script pairs: (lang, given, family, romanised given, romanised family, gender, native order, sep)
NATIVE = [
    ("ja", "健二", "田中", "Kenji", "Tanaka", "m", "fg", ""),
    ("ja", "美咲", "佐藤", "Misaki", "Sato", "f", "fg", " "),
    ("ja", "翔太", "鈴木", "Shota", "Suzuki", "m", "fg", ""),
    ("ja", "由美", "高橋", "Yumi", "Takahashi", "f", "fg", ""),
    ("zh", "伟", "王", "Wei", "Wang", "m", "fg", ""),
    ("zh", "静", "李", "Jing", "Li", "f", "fg", ""),
    ("zh", "浩然", "张", "Haoran", "Zhang", "m", "fg", ""),
    ("zh", "雨桐", "刘", "Yutong", "Liu", "f", "fg", ""),
    ("yue", "嘉欣", "陳", "Ka Yan", "Chan", "f", "fg", ""),
    ("ko", "민준", "김", "Minjun", "Kim", "m", "fg", ""),
    ("ko", "서연", "이", "Seoyeon", "Lee", "f", "fg", ""),
    ("ko", "지훈", "박", "Jihoon", "Park", "m", "fg", ""),
    ("ru", "Дмитрий", "Смирнов", "Dmitry", "Smirnov", "m", "gf", " "),
    ("ru", "Анна", "Кузнецова", "Anna", "Kuznetsova", "f", "gf", " "),
    ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", "f", "gf", " "),
    ("uk", "Тарас", "Бондаренко", "Taras", "Bondarenko", "m", "gf", " "),
    ("bg", "Георги", "Димитров", "Georgi", "Dimitrov", "m", "gf", " "),
    ("sr", "Милица", "Јовановић", "Milica", "Jovanovic", "f", "gf", " "),
    ("el", "Νίκος", "Παπαδόπουλος", "Nikos", "Papadopoulos", "m", "gf", " "),
    ("el", "Ελένη", "Γεωργίου", "Eleni", "Georgiou", "f", "gf", " "),
    ("ar", "محمد", "الحسن", "Mohammed", "Al-Hassan", "m", "gf", " "),
    ("ar", "فاطمة", "الزهراني", "Fatima", "Al-Zahrani", "f", "gf", " "),
    ("fa", "علی", "رضایی", "Ali", "Rezaei", "m", "gf", " "),
    ("fa", "نگار", "احمدی", "Negar", "Ahmadi", "f", "gf", " "),
    ("he", "נועה", "כהן", "Noa", "Cohen", "f", "gf", " "),
    ("he", "יוסי", "לוי", "Yossi", "Levi", "m", "gf", " "),
    ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", "m", "gf", " "),
    ("hi", "प्रिया", "वर्मा", "Priya", "Verma", "f", "gf", " "),
    ("bn", "অর্পিতা", "দাস", "Arpita", "Das", "f", "gf", " "),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "m", "gf", " "),
    ("te", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "m", "gf", " "),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "m", "gf", " "),
    ("th", "นภา", "ศรีสุข", "Napa", "Srisuk", "f", "gf", " "),
    ("ka", "ნინო", "ბერიძე", "Nino", "Beridze", "f", "gf", " "),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "m", "gf", " "),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", "m", "gf", " "),
    ("pa", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh", "m", "gf", " "),
    ("kk", "Айгерім", "Сейтқали", "Aigerim", "Seitkali", "f", "gf", " "),
]

# lower-case name particles: left out of the leak check and of initials
PARTICLES = {
    "van", "der", "den", "de", "del", "la", "le", "ter", "'t", "t", "zu", "von", "da", "dos", "das", "du", "d",
    "di", "lo", "y", "i", "bin", "binti", "bint", "al", "el", "ben", "abu", "ait", "o", "mac", "mc", "nic", "ní",
    "ó", "ap", "te", "dela", "abdel",
}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ʻ": "", "’": ""}


def fold(s: str) -> str:
    """ASCII-fold: strip diacritics and map the few letters NFKD does not decompose."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def stats() -> dict:
    given, fam, regions = set(), set(), set()
    for t in T.values():
        regions.add(t["region"])
        given.update(t["m"] + t["f"])
        for s in t["s"]:
            fam.update(s.split("|"))
    return {"traditions": len(T), "regions": len(regions), "given": len(given), "surnames": len(fam),
            "native_pairs": len(NATIVE), "native_langs": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k:14s} {v}")
    print("regions:", ", ".join(sorted({t["region"] for t in T.values()})))
