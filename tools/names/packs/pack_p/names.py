"""Hand-written person-name lists for pack_p (charities, non-profits, congregations, volunteering, grants).

Written for this pack from general knowledge: no Faker, mimesis or names package, no list copied from anywhere.
Each tradition: (code, region, order, male given names, female given names, surnames). Surnames written as
`masc|fem` have a gendered form. `order` is "gf" (given first), "fg" (family first, native) or "mix" (romanised
East Asian names: either order, half of the time each). Run `python names.py` for statistics.
"""

from __future__ import annotations

import unicodedata

TRADITIONS = [
    ("en_us", "Americas", "gf",
     "James, Robert, Michael, David, Tyler, Brandon, Dwayne, Marcus, Cody, Travis, Darnell, Wyatt",
     "Jennifer, Ashley, Brittany, Megan, Tamika, Shelby, Kayla, Lakisha, Madison, Paige, Dolores, Hannah",
     "Johnson, Miller, Davis, Wilson, Anderson, Thompson, Jackson, Whitaker, Caldwell, Hollister, Pruitt, Dawson"),
    ("en_gb", "Europe", "gf",
     "Oliver, Harry, George, Alfie, Callum, Nigel, Graham, Rupert, Darren, Stuart, Toby",
     "Olivia, Amelia, Charlotte, Gemma, Imogen, Beverley, Harriet, Kirsty, Lucy, Poppy, Siobhan",
     "Smith, Taylor, Wright, Cooper, Ashworth, Pemberton, Hargreaves, Featherstone, Blackwood, Ridley, Thorne"),
    ("en_ie", "Europe", "gf",
     "Seán, Cian, Pádraig, Oisín, Ciarán, Darragh, Eoin, Colm, Diarmuid",
     "Aoife, Niamh, Saoirse, Órla, Gráinne, Caoimhe, Sinéad, Bríd, Clodagh",
     "O'Brien, O'Sullivan, Ó Súilleabháin|Ní Shúilleabháin, Ó Ceallaigh|Ní Cheallaigh, Mac Giolla Phádraig, "
     "Byrne, Doherty, Fitzgerald, Kavanagh, Ní Bhriain, McGrath, Ó Murchú|Ní Mhurchú"),
    ("en_sc", "Europe", "gf",
     "Angus, Hamish, Ewan, Fraser, Murdo, Struan, Lachlan, Alasdair",
     "Isla, Morag, Eilidh, Catriona, Mhairi, Kirsteen, Fiona, Ailsa",
     "MacDonald, MacLeod, McIntyre, Mackenzie, Campbell, Drummond, MacAulay, Urquhart, Buchanan"),
    ("cy", "Europe", "gf",
     "Dafydd, Gareth, Rhys, Iestyn, Emyr, Huw, Gwilym, Aled",
     "Cerys, Angharad, Rhiannon, Bethan, Ffion, Nia, Eluned, Seren",
     "Jones, Evans, Pritchard, Llewellyn, ap Rhys, Gruffydd, Powell, Vaughan, Prosser"),
    ("de", "Europe", "gf",
     "Jürgen, Klaus-Peter, Matthias, Florian, Dieter, Lukas, Wolfgang, Jörg, Sebastian, Uwe, Götz",
     "Ursula, Anneliese, Katrin, Sabine, Jutta, Hannelore, Lea-Sophie, Brigitte, Maren, Gudrun, Rosemarie",
     "Müller, Schröder, Weiß, Großmann, von Bülow, zu Stolberg, Hoffmann, Kühn, Böttcher, Schäfer, Vogelsang, "
     "Meyer-Landrut, von der Heyde"),
    ("de_ch", "Europe", "gf",
     "Urs, Beat, Reto, Res, Ueli, Marcel, Dominik",
     "Vreni, Regula, Corinne, Nadja, Seraina, Rahel, Ladina",
     "Zürcher, Brunner, Gerber, Käser, Frischknecht, Aebischer, Widmer, Zimmerli, Bühlmann"),
    ("nl", "Europe", "gf",
     "Jeroen, Maarten, Sjoerd, Bram, Thijs, Wouter, Joost, Hendrik, Gijs",
     "Femke, Anouk, Marieke, Sanne, Lieke, Ineke, Geertje, Mirjam, Fenna",
     "van der Berg, de Vries, van 't Hof, ter Horst, Bakker, Visser, van Dijk, de Jong, Smits, Hoekstra, "
     "van den Broek, Jansen"),
    ("nl_be", "Europe", "gf",
     "Wim, Stijn, Koen, Pieter-Jan, Dries, Lieven, Jef",
     "An, Veerle, Griet, Katrien, Lien, Hilde, Ellen",
     "De Smet, Van Damme, Claes, Peeters, Vermeulen, De Backer, Vanhoutte, Goossens, Van de Velde"),
    ("fr", "Europe", "gf",
     "Jean-Luc, François, Mathieu, Théo, Loïc, Benoît, Gérard, Hervé, Aurélien, Rémi",
     "Élodie, Margaux, Anaïs, Céline, Sévérine, Aurélie, Hélène, Maëlle, Noémie, Bérénice",
     "Dubois, Lefèvre, Lambert, Le Goff, d'Arnaud, de la Fontaine, Rousseau, Girard, Chevalier, Mercier, "
     "Lefebvre-Morel, Duval"),
    ("ht", "Americas", "gf",
     "Jean-Baptiste, Wesner, Frantz, Jameson, Wilner, Ricot",
     "Mirlande, Nadège, Roseline, Islande, Guerline, Fabienne",
     "Pierre-Louis, Jean-Charles, Desrosiers, Joseph, Saint-Fleur, Dorval, Toussaint, Estimé"),
    ("es", "Europe", "gf",
     "Álvaro, Íñigo, Sergio, Javier, Jesús, Rubén, Alejandro, Gonzalo, Andrés",
     "Lucía, Nuria, Begoña, Inmaculada, Rocío, Pilar, Ainhoa, Montserrat, Maite",
     "García, Fernández, Martínez, López, Sánchez, Ortuño, Gutiérrez, Iglesias, de la Cruz, Núñez, Echeverría, "
     "Castillo"),
    ("ca", "Europe", "gf",
     "Jordi, Pere, Oriol, Arnau, Pau, Joan, Martí",
     "Montse, Núria, Laia, Mireia, Roser, Meritxell, Aina",
     "Puig, Vidal, Ferrer, Serra, Casals, Pujol, Roig, Soler, Vilanova"),
    ("pt", "Europe", "gf",
     "João, Gonçalo, Tiago, Rui, Duarte, Afonso, Nuno",
     "Inês, Leonor, Beatriz, Mariana, Conceição, Graça, Filipa",
     "da Silva, dos Santos, Ferreira, Gonçalves, Magalhães, Figueiredo, Pereira, Carvalho, da Costa, Rodrigues"),
    ("pt_br", "Americas", "gf",
     "Thiago, Rodrigo, Wellington, Cauã, Anderson, Luiz Carlos, Vinícius, Edson",
     "Thaís, Juliana, Francisca, Raimunda, Letícia, Ana Clara, Gleice, Luana",
     "Oliveira, Souza, Nascimento, Albuquerque, Cavalcanti, Araújo, Barbosa, dos Reis, Conceição"),
    ("mx", "Americas", "gf",
     "José Luis, Juan Carlos, Guadalupe, Jesús, Octavio, Ulises, Rigoberto, Emiliano",
     "María Guadalupe, Xóchitl, Yesenia, Itzel, Marisol, Citlali, Araceli, Paloma",
     "Hernández, Ramírez, Flores, Cervantes, Zúñiga, Villaseñor, Gómez, Mendoza, Ibarra, de León"),
    ("andes", "Americas", "gf",
     "Wilmer, Edwin, Freddy, Nilo, Efraín, Yupanqui",
     "Nélida, Rosmery, Yaneth, Rosa Elena, Sumaq, Florinda",
     "Quispe, Mamani, Huamán, Condori, Choque, Apaza, Ccori, Vargas Llosa"),
    ("it", "Europe", "gf",
     "Giuseppe, Giovanni, Niccolò, Andrea, Salvatore, Raffaele, Gianluca, Pierluigi, Carmine",
     "Giulia, Chiara, Francesca, Assunta, Concetta, Ilaria, Benedetta, Rosaria, Donatella",
     "Rossi, Esposito, Bianchi, De Luca, Di Stefano, Lo Russo, Ferraro, Colombo, Santoro, Mancini, Dell'Acqua"),
    ("pl", "Europe", "gf",
     "Grzegorz, Paweł, Łukasz, Krzysztof, Wojciech, Tomasz, Przemysław, Jarosław, Bartłomiej",
     "Małgorzata, Agnieszka, Katarzyna, Joanna, Bożena, Grażyna, Żaneta, Urszula, Jadwiga",
     "Kowalski|Kowalska, Wiśniewski|Wiśniewska, Wójcik, Kamiński|Kamińska, Zieliński|Zielińska, "
     "Szymański|Szymańska, Woźniak, Dąbrowski|Dąbrowska, Krawczyk, Jabłoński|Jabłońska, Grabowski|Grabowska"),
    ("cs", "Europe", "gf",
     "Jiří, Petr, Tomáš, Ondřej, Lukáš, Vojtěch, Zdeněk, Miloš",
     "Jana, Lenka, Kateřina, Zuzana, Markéta, Věra, Radka, Božena",
     "Novák|Nováková, Svoboda|Svobodová, Dvořák|Dvořáková, Černý|Černá, Procházka|Procházková, "
     "Kučera|Kučerová, Veselý|Veselá, Horák|Horáková, Němec|Němcová"),
    ("sk", "Europe", "gf",
     "Marek, Peter, Juraj, Ľubomír, Dušan, Matúš",
     "Zuzana, Ľudmila, Monika, Jarmila, Silvia, Dáša",
     "Horváth|Horváthová, Kováč|Kováčová, Baláž|Balážová, Tóth|Tóthová, Šimko|Šimková, Lukáč|Lukáčová"),
    ("hu", "Europe", "fg",
     "László, Zoltán, Gábor, Ferenc, Attila, Levente, Csaba, Imre",
     "Erzsébet, Katalin, Zsófia, Ildikó, Réka, Krisztina, Tünde, Enikő",
     "Nagy, Kovács, Szabó, Tóth, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Szűcs, Balogh"),
    ("ro", "Europe", "gf",
     "Andrei, Mihai, Ștefan, Bogdan, Radu, Cătălin, Sorin, Dragoș",
     "Ioana, Andreea, Mădălina, Roxana, Oana, Ileana, Cristina, Ștefania",
     "Popescu, Ionescu, Dumitrescu, Stănescu, Constantinescu, Munteanu, Vlăduț, Țurcanu, Răducanu"),
    ("el", "Europe", "gf",
     "Giorgos, Dimitris, Konstantinos, Nikos, Panagiotis, Vasilis, Christos, Stavros",
     "Eleni, Katerina, Vasiliki, Despina, Georgia, Sofia, Dimitra, Angeliki",
     "Papadopoulos|Papadopoulou, Georgiou, Nikolaidis|Nikolaidi, Pappas|Pappa, Oikonomou, "
     "Karagiannis|Karagianni, Vlachos|Vlachou, Athanasiou, Konstantinidis|Konstantinidi"),
    ("ru", "Europe", "gf",
     "Dmitri, Sergei, Aleksandr, Mikhail, Yevgeny, Vladislav, Nikolai, Konstantin",
     "Yekaterina, Tatiana, Svetlana, Natalia, Olga, Anastasia, Lyudmila, Ksenia",
     "Ivanov|Ivanova, Smirnov|Smirnova, Kuznetsov|Kuznetsova, Sokolov|Sokolova, Volkov|Volkova, "
     "Lebedev|Lebedeva, Morozov|Morozova, Zhukovsky|Zhukovskaya, Belyaev|Belyaeva"),
    ("uk", "Europe", "gf",
     "Oleksandr, Taras, Bohdan, Mykola, Yurii, Andrii, Volodymyr, Serhii",
     "Olena, Oksana, Iryna, Nataliia, Halyna, Yuliia, Solomiia, Khrystyna",
     "Shevchenko, Kovalenko, Bondarenko, Tkachenko, Melnyk, Oliinyk, Kovalchuk, Boiko, Kovalskyi|Kovalska, "
     "Hrytsenko"),
    ("lt", "Europe", "gf",
     "Mindaugas, Tomas, Darius, Vytautas, Žydrūnas, Aurimas",
     "Rūta, Jurgita, Eglė, Aistė, Gintarė, Dalia",
     "Kazlauskas|Kazlauskienė, Petrauskas|Petrauskienė, Jankauskas|Jankauskienė, Žukauskas|Žukauskienė, "
     "Vasiliauskas|Vasiliauskienė, Butkus|Butkienė"),
    ("lv", "Europe", "gf",
     "Jānis, Andris, Mārtiņš, Kārlis, Edgars, Raimonds",
     "Ilze, Kristīne, Līga, Inese, Dace, Baiba",
     "Bērziņš|Bērziņa, Kalniņš|Kalniņa, Ozoliņš|Ozoliņa, Liepiņš|Liepiņa, Krūmiņš|Krūmiņa, Zariņš|Zariņa"),
    ("is", "Europe", "gf",
     "Sigurður, Guðmundur, Jón, Gunnar, Ólafur, Einar, Þórður, Kristján",
     "Guðrún, Sigríður, Kristín, Helga, Þórunn, Ragnheiður, Jóhanna, Sólveig",
     "@Jóns, @Gunnars, @Einars, @Ólafs, @Sigurðar, @Magnús, @Helga, @Stefáns, @Kristjáns, @Hauks"),
    ("sv", "Europe", "gf",
     "Björn, Lars-Erik, Anders, Mikael, Johan, Sven, Olle, Henrik",
     "Åsa, Ingrid, Karin, Linnéa, Maja, Birgitta, Ebba, Solveig",
     "Andersson, Lindqvist, Bergström, Sjöberg, Åberg, Nyström, Holmgren, Ekström, Söderberg"),
    ("no", "Europe", "gf",
     "Øyvind, Håkon, Espen, Tormod, Kjetil, Sindre",
     "Ingvild, Siri, Kari, Ragnhild, Tone, Marit",
     "Hansen, Johansen, Bråten, Haugen, Sæther, Løvås, Kristiansen, Bjørnstad, Dahl"),
    ("da", "Europe", "gf",
     "Søren, Mads, Rasmus, Jens, Anders, Troels",
     "Mette, Birgitte, Signe, Pernille, Ida, Lærke",
     "Jensen, Nielsen, Sørensen, Rasmussen, Østergaard, Kjærgaard, Frederiksen, Mølgaard"),
    ("fi", "Europe", "gf",
     "Juha, Mikko, Jukka, Ville, Antti, Pekka, Eero",
     "Päivi, Tuula, Aino, Satu, Riikka, Hanna-Leena, Sirpa",
     "Korhonen, Mäkinen, Nieminen, Hämäläinen, Järvinen, Virtanen, Lehtonen, Heikkilä, Kärkkäinen"),
    ("tr", "Middle East", "gf",
     "Mehmet, Mustafa, Ahmet, Hüseyin, Oğuz, Emre, Çağrı, İsmail",
     "Ayşe, Fatma, Zeynep, Elif, Gülşen, Özlem, Şule, Büşra",
     "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan, Kılıç, Arslan, Güneş"),
    ("ar", "Middle East", "gf",
     "Mohammed, Khalid, Omar, Tariq, Yousef, Faisal, Hamza, Abdullah, Saeed",
     "Fatima, Aisha, Noor, Layla, Mariam, Huda, Rania, Salma, Reem",
     "Al-Farsi, Al-Hashimi, Al Mansouri, bin Rashid|bint Rashid, Haddad, Khoury, Nasser, Qureshi, Abu-Bakr, "
     "ibn Saud, El-Masry"),
    ("maghreb", "North Africa", "gf",
     "Youssef, Karim, Rachid, Mehdi, Anis, Nabil, Samir",
     "Nadia, Samira, Khadija, Imane, Loubna, Yasmina, Houda",
     "Benali, Ben Youssef, El Amrani, Bouazizi, Haddadi, Belkacem, Chergui, Ait Ouali, Zerrouki"),
    ("fa", "Middle East", "gf",
     "Reza, Mehdi, Arash, Dariush, Kourosh, Babak, Farhad",
     "Shirin, Parisa, Leila, Maryam, Niloufar, Roya, Azadeh",
     "Hosseini, Rezaei, Mohammadi, Karimi, Tehrani, Ahmadi, Moradi, Jafari, Sadeghi"),
    ("he", "Middle East", "gf",
     "Yosef, Avraham, Eliyahu, Moshe, Itzik, Noam, Yonatan, Shmuel",
     "Tamar, Rivka, Shira, Yael, Noa, Chaya, Miriam, Ayelet",
     "Cohen, Levi, Mizrahi, Peretz, Friedman, Ben-David, Shapiro, Katz, Rosenberg, Azoulay"),
    ("hi", "South Asia", "gf",
     "Rahul, Amit, Vikram, Sanjay, Arjun, Rohit, Deepak, Anil, Manish",
     "Priya, Anjali, Pooja, Sunita, Kavita, Neha, Deepika, Shreya, Lakshmi",
     "Sharma, Verma, Gupta, Agarwal, Mishra, Chaturvedi, Srivastava, Joshi, Tiwari, Bhattacharya"),
    ("ta", "South Asia", "gf",
     "Karthik, Senthil, Murugan, Balaji, Ganesh, Saravanan, Venkatesh",
     "Meenakshi, Kavitha, Divya, Revathi, Anitha, Lalitha, Janani",
     "Subramanian, Ramasamy, Krishnamurthy, Natarajan, Iyer, Pillai, Rajendran, Venkataraman"),
    ("te", "South Asia", "gf",
     "Srinivas, Venkata Ramana, Ravi Teja, Naveen, Prasad",
     "Swathi, Sravani, Padmavathi, Sowmya, Haritha",
     "Reddy, Naidu, Rao, Chowdary, Konidela, Gollapudi, Yarlagadda"),
    ("pa", "South Asia", "gf",
     "Gurpreet, Harjit, Manpreet, Jaswinder, Baljit, Harpreet",
     "Simranjit, Navneet, Kulwinder, Jaspreet, Amandeep, Rajwinder",
     "Singh|Kaur, Sandhu, Gill, Dhillon, Grewal, Sidhu, Bains"),
    ("bn", "South Asia", "gf",
     "Amit, Sourav, Arnab, Tanvir, Rafiq, Shuvo",
     "Moushumi, Sharmila, Tahmina, Rupa, Nusrat, Ananya",
     "Das, Chatterjee, Mukherjee, Banerjee, Chowdhury, Rahman, Hossain, Sarkar"),
    ("pk", "South Asia", "gf",
     "Imran, Usman, Bilal, Zeeshan, Asif, Faraz",
     "Ayesha, Sana, Mahnoor, Rabia, Hina, Fariha",
     "Qureshi, Butt, Malik, Chaudhry, Siddiqui, Awan, Abbasi, Khattak"),
    ("zh", "East Asia", "mix",
     "Wei, Jun, Hao, Lei, Qiang, Zhiwei, Jianguo, Yifan",
     "Xiaoling, Mei, Jing, Yan, Lihua, Xinyi, Ying, Shufen",
     "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Ouyang"),
    ("yue", "East Asia", "mix",
     "Ka-Wai, Chi-Ming, Wing-Kei, Siu-Lun, Ho-Yin",
     "Mei-Ling, Wai-Yee, Suk-Yin, Ka-Man, Hoi-Ting",
     "Chan, Wong, Leung, Cheung, Ng, Lau, Tsang, Yeung"),
    ("ja", "East Asia", "mix",
     "Hiroshi, Takeshi, Kenji, Daisuke, Shōta, Ryūnosuke, Haruto, Kōji",
     "Yuko, Akiko, Haruka, Sakura, Yūna, Megumi, Naoko, Chihiro",
     "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Nakamura, Kobayashi, Yamamoto, Saitō, Matsumoto"),
    ("ko", "East Asia", "mix",
     "Min-jun, Seo-jun, Ji-hoon, Hyun-woo, Dong-hyun, Jae-sung",
     "Seo-yeon, Ji-woo, Min-seo, Ha-eun, Soo-jin, Eun-ji",
     "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim"),
    ("vi", "South-East Asia", "fg",
     "Văn Minh, Văn Hùng, Quốc Bảo, Đức Anh, Thành Long, Hữu Phước",
     "Thị Lan, Thị Hương, Ngọc Ánh, Thị Thu, Bích Ngọc, Thị Mai",
     "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ"),
    ("th", "South-East Asia", "gf",
     "Somchai, Anan, Prasert, Kittisak, Wichai, Thanakorn",
     "Siriporn, Malee, Kanokwan, Pimchanok, Ratana, Supaporn",
     "Srisuk, Jaidee, Wongsawat, Chaiyaporn, Sukhumvit, Rattanakosin, Phromma, Thongchai"),
    ("tl", "South-East Asia", "gf",
     "Jose Rizal, Rommel, Jun-Jun, Efren, Arnel, Jericho",
     "Maricel, Lorna, Rowena, Jocelyn, Analyn, Rizza",
     "Dela Cruz, Santos, Reyes, Bautista, Villanueva, Macapagal, Dimaculangan, Del Rosario, Manalo"),
    ("id", "South-East Asia", "gf",
     "Budi, Agus, Joko, Wahyu, Rizky, Dimas",
     "Siti, Dewi, Rina, Ayu, Putri, Indah",
     "Santoso, Wijaya, Susanto, Hartono, Kusuma, Setiawan, Nugroho, Pratama"),
    ("ms", "South-East Asia", "gf",
     "Ahmad, Hafiz, Azlan, Faizal, Syafiq, Amirul",
     "Nurul, Siti Aisyah, Farah, Aminah, Zarina, Hidayah",
     "bin Abdullah|binti Abdullah, bin Ismail|binti Ismail, bin Hassan|binti Hassan, bin Othman|binti Othman"),
    ("yo", "West Africa", "gf",
     "Adebayo, Oluwaseun, Babatunde, Olumide, Ayodele, Tunde, Femi",
     "Folasade, Adaeze, Oluwakemi, Yetunde, Titilayo, Bukola, Abimbola",
     "Adeyemi, Ogunleye, Balogun, Okonkwo, Adebisi, Oyelaran, Akinola, Olatunji"),
    ("ig", "West Africa", "gf",
     "Chukwuemeka, Obinna, Ikenna, Chinedu, Nnamdi, Kelechi",
     "Chiamaka, Ngozi, Adaobi, Nkechi, Ifeoma, Chidinma",
     "Okafor, Nwosu, Eze, Obi, Okeke, Nwankwo, Uchenna, Onyekachi"),
    ("ha", "West Africa", "gf",
     "Abubakar, Musa, Sani, Aminu, Ibrahim, Yakubu",
     "Zainab, Hauwa, Amina, Hadiza, Fatima, Maryam",
     "Bello, Danjuma, Abdullahi, Garba, Usman, Lawal, Shehu, Yusuf"),
    ("ak", "West Africa", "gf",
     "Kwame, Kofi, Kwabena, Yaw, Kwaku, Kojo",
     "Akosua, Ama, Abena, Adwoa, Efua, Yaa",
     "Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Ofori"),
    ("sw", "East Africa", "gf",
     "Baraka, Juma, Otieno, Kamande, Mwangi, Kipchoge, Omondi",
     "Wanjiku, Achieng, Nyambura, Zawadi, Akinyi, Neema, Rehema",
     "Kamau, Ochieng, Njoroge, Mutua, Kariuki, Wafula, Odhiambo, Kiprono"),
    ("am", "East Africa", "gf",
     "Abebe, Tesfaye, Dawit, Yohannes, Getachew, Biniam",
     "Tigist, Meseret, Selamawit, Hiwot, Mekdes, Bethlehem",
     "Kebede, Haile, Tadesse, Alemu, Wolde, Gebremariam, Bekele, Desta"),
    ("so", "East Africa", "gf",
     "Abdirahman, Mohamud, Abdiweli, Farah, Liban, Ayaan",
     "Hodan, Faadumo, Ubah, Sahra, Ifrah, Deeqa",
     "Warsame, Farah, Jama, Hersi, Abdi, Egal, Dirie"),
    ("zu", "Southern Africa", "gf",
     "Sipho, Thabo, Mandla, Themba, Bongani, Siyabonga, Lwazi",
     "Nomvula, Thandeka, Lindiwe, Zanele, Nokuthula, Ayanda, Palesa",
     "Dlamini, Nkosi, Mthembu, Ndlovu, Khumalo, Zulu, Mahlangu, Sithole, van Wyk"),
    ("jm", "Americas", "gf",
     "Delroy, Winston, Everton, Leroy, Garfield, Courtney",
     "Sharlene, Marcia, Tameka, Novlette, Claudette, Shanique",
     "Campbell, Brown, Gayle, Beckford, McKenzie, Ferguson, Grant, Powell"),
    ("mi", "Pacific", "gf",
     "Tāne, Wiremu, Hemi, Rāwiri, Tamati, Nikau",
     "Aroha, Mere, Ngaire, Kiri, Hine, Moana",
     "Te Whata, Ngata, Parata, Tipene, Te Rangi, Walker, Rāwiri, Horomona"),
    ("sm", "Pacific", "gf",
     "Sione, Tavita, Iosefa, Malakai, Viliami, Semisi",
     "Losa, Mele, Salote, Fetu, Ana, Sinapi",
     "Tuilagi, Fonoti, Faleolo, Taufa, Vaipulu, Leota, Fifita, Tupou"),
    ("ka", "Caucasus", "gf",
     "Giorgi, Levan, Davit, Zurab, Irakli, Nodar",
     "Nino, Tamar, Ketevan, Mariam, Eka, Natia",
     "Beridze, Kapanadze, Gelashvili, Lomidze, Tsiklauri, Javakhishvili, Chkheidze, Maisuradze"),
    ("hy", "Caucasus", "gf",
     "Aram, Tigran, Armen, Hayk, Vahe, Gor",
     "Anahit, Lilit, Siranush, Nare, Gayane, Armine",
     "Petrosyan, Hakobyan, Sargsyan, Grigoryan, Harutyunyan, Avetisyan, Mkrtchyan, Kazarian"),
    ("kz", "Central Asia", "gf",
     "Nursultan, Yerlan, Askar, Timur, Daulet, Bakhyt",
     "Aigerim, Gulnara, Dinara, Saule, Aizhan, Madina",
     "Nurlanov|Nurlanova, Abenov|Abenova, Seitkali, Zhakupov|Zhakupova, Tokayev|Tokayeva, Ermekov|Ermekova"),
    ("uz", "Central Asia", "gf",
     "Rustam, Jasur, Sherzod, Bobur, Farrukh, Otabek",
     "Dilnoza, Nodira, Gulchehra, Malika, Shahnoza, Zarina",
     "Karimov|Karimova, Yusupov|Yusupova, Rakhimov|Rakhimova, Tursunov|Tursunova, Mirzaev|Mirzaeva"),
    ("sr", "Europe", "gf",
     "Miloš, Nemanja, Dragan, Vladimir, Stefan, Dušan",
     "Jelena, Milica, Dragana, Snežana, Ivana, Tijana",
     "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović"),
    ("hr", "Europe", "gf",
     "Ivan, Josip, Tomislav, Krešimir, Zvonimir, Mario",
     "Ana, Marija, Ivana, Mirjana, Vesna, Snježana",
     "Horvat, Kovačević, Babić, Marić, Jurić, Novak, Knežević, Vuković"),
    ("sl", "Europe", "gf",
     "Matej, Jure, Rok, Primož, Gašper, Blaž",
     "Urška, Špela, Nika, Maja, Tjaša, Mojca",
     "Novak, Horvat, Krajnc, Zupančič, Potočnik, Kovačič, Mlakar, Vidmar"),
    ("mt", "Europe", "gf",
     "Ġorġ, Ċensu, Pawlu, Ġużeppi, Mario, Karmenu",
     "Marija, Rita, Doris, Carmen, Antonella, Rosette",
     "Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Grech, Azzopardi"),
]

PARTICLES = {
    "van", "der", "den", "de", "del", "della", "la", "le", "da", "dos", "das", "do", "von", "zu", "d'", "di", "lo",
    "al", "el", "bin", "binti", "bint", "ibn", "ben", "abu", "ter", "te", "'t", "ap", "mac", "mc", "o'", "ó", "ní",
    "y", "dela", "dell'", "st", "saint",
}

# Native-script pairs: (lang, native given, native family, romanised given, romanised family, gender, cjk)
# `cjk` pairs are written family first with no space in their own script.
NATIVE = [
    ("ja", "太郎", "山田", "Taro", "Yamada", "m", True),
    ("ja", "花子", "佐藤", "Hanako", "Sato", "f", True),
    ("ja", "健太", "鈴木", "Kenta", "Suzuki", "m", True),
    ("ja", "美咲", "高橋", "Misaki", "Takahashi", "f", True),
    ("zh", "伟", "王", "Wei", "Wang", "m", True),
    ("zh", "娜", "李", "Na", "Li", "f", True),
    ("zh", "明辉", "张", "Minghui", "Zhang", "m", True),
    ("zh", "静怡", "陈", "Jingyi", "Chen", "f", True),
    ("zh_tw", "志豪", "林", "Chih-hao", "Lin", "m", True),
    ("zh_tw", "淑芬", "黃", "Shu-fen", "Huang", "f", True),
    ("ko", "민준", "김", "Min-jun", "Kim", "m", True),
    ("ko", "서연", "이", "Seo-yeon", "Lee", "f", True),
    ("ko", "지훈", "박", "Ji-hoon", "Park", "m", True),
    ("ru", "Иван", "Петров", "Ivan", "Petrov", "m", False),
    ("ru", "Анна", "Смирнова", "Anna", "Smirnova", "f", False),
    ("uk", "Олена", "Коваленко", "Olena", "Kovalenko", "f", False),
    ("uk", "Тарас", "Шевчук", "Taras", "Shevchuk", "m", False),
    ("bg", "Георги", "Димитров", "Georgi", "Dimitrov", "m", False),
    ("sr", "Милош", "Јовановић", "Miloš", "Jovanović", "m", False),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "m", False),
    ("el", "Μαρία", "Παπαδοπούλου", "Maria", "Papadopoulou", "f", False),
    ("ar", "محمد", "العلي", "Mohammed", "Al-Ali", "m", False),
    ("ar", "فاطمة", "حسن", "Fatima", "Hassan", "f", False),
    ("fa", "علی", "رضایی", "Ali", "Rezaei", "m", False),
    ("he", "דוד", "כהן", "David", "Cohen", "m", False),
    ("he", "שרה", "לוי", "Sarah", "Levi", "f", False),
    ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", "m", False),
    ("hi", "प्रिया", "पटेल", "Priya", "Patel", "f", False),
    ("bn", "অমিত", "দাস", "Amit", "Das", "m", False),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "m", False),
    ("te", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "m", False),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "m", False),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", "m", False),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "m", False),
    ("am", "አበበ", "ከበደ", "Abebe", "Kebede", "m", False),
    ("pa", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", "f", False),
]

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H"}


def fold(s: str) -> str:
    """ASCII-fold a Latin string (diacritics removed)."""
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


class Tradition:
    def __init__(self, row):
        self.code, self.region, self.order, m, f, sur = row
        self.male = _split(m)
        self.female = _split(f)
        self.surnames = _split(sur)


TRADS = [Tradition(r) for r in TRADITIONS]


class Person:
    """One drawn person. `given`/`family` are display forms (native script when `native`)."""

    def __init__(self, given, family, rom_given, rom_family, gender, trad, family_first, native=False, cjk=False):
        self.given = given
        self.family = family
        self.rom_given = rom_given
        self.rom_family = rom_family
        self.gender = gender
        self.trad = trad
        self.family_first = family_first
        self.native = native
        self.cjk = cjk

    # display forms
    def full(self) -> str:
        if self.cjk and self.native:
            return self.family + self.given
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def western(self) -> str:
        """Given Family order whatever the tradition (romanised for CJK natives)."""
        if self.cjk and self.native:
            return self.family + self.given
        return f"{self.given} {self.family}"

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def initial_family(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def rom_full(self) -> str:
        if self.family_first:
            return f"{self.rom_family} {self.rom_given}"
        return f"{self.rom_given} {self.rom_family}"

    def a_given(self) -> str:
        return "".join(ch for ch in fold(self.rom_given).lower() if ch.isalnum())

    def a_family(self) -> str:
        return "".join(ch for ch in fold(self.rom_family).lower() if ch.isalnum())

    def acct(self, rng, style=None, digits=None) -> str:
        g, f = self.a_given(), self.a_family()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last", "flast"])
        base = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f[0], "first_last": f"{g}_{f}",
                "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}"}[style]
        if digits is None:
            digits = rng.random() < 0.25
        if digits:
            base += str(rng.choice([1, 2, 3, 7, 12, 21, 77, 88, 1984, 2003]))
        return base

    def words(self) -> list[str]:
        out = []
        for s in {self.given, self.family, self.rom_given, self.rom_family}:
            for part in s.replace("-", " ").replace("'", " ").replace("’", " ").split():
                if part.lower() in PARTICLES or len(part) < 2:
                    continue
                out.append(part)
                fp = fold(part)
                if fp != part:
                    out.append(fp)
        return sorted(set(out))


def _fam_form(s: str, gender: str) -> str:
    if "|" in s:
        m, f = s.split("|", 1)
        return f if gender == "f" else m
    return s


def _icelandic(stem: str, gender: str) -> str:
    return stem + ("dóttir" if gender == "f" else "son")


def draw(rng, native_rate=0.12, gender=None) -> Person:
    if rng.random() < native_rate:
        lang, ng, nf, rg, rf, gd, cjk = rng.choice(NATIVE)
        ff = cjk and rng.random() < 0.5
        return Person(ng, nf, rg, rf, gd, lang, ff, native=True, cjk=cjk)
    t = rng.choice(TRADS)
    gd = gender or rng.choice("mf")
    given = rng.choice(t.male if gd == "m" else t.female)
    fam = rng.choice(t.surnames)
    if fam.startswith("@"):
        fam = _icelandic(fam[1:], gd)
    else:
        fam = _fam_form(fam, gd)
    if t.code in ("es", "mx") and rng.random() < 0.55:
        second = _fam_form(rng.choice(t.surnames), gd)
        if second != fam:
            fam = f"{fam} {'y ' if rng.random() < 0.1 else ''}{second}"
    elif t.code in ("pt", "pt_br") and rng.random() < 0.4:
        second = rng.choice(t.surnames)
        if second != fam:
            fam = f"{second} {fam}"
    elif t.code in ("en_gb", "en_us", "fr") and rng.random() < 0.06:
        second = rng.choice(t.surnames)
        if second != fam and "-" not in fam and " " not in fam:
            fam = f"{fam}-{second}"
    if t.order == "fg":
        ff = True
    elif t.order == "mix":
        ff = rng.random() < 0.5
    else:
        ff = False
    return Person(given, fam, given, fam, gd, t.code, ff)


def stats() -> dict:
    given = set()
    fams = set()
    for t in TRADS:
        given.update(t.male)
        given.update(t.female)
        for s in t.surnames:
            for x in s.lstrip("@").split("|"):
                fams.add(x)
    regions = sorted({t.region for t in TRADS})
    return {"traditions": len(TRADS), "regions": regions, "given": len(given), "surnames": len(fams),
            "native_pairs": len(NATIVE), "native_langs": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    st = stats()
    print(f"{st['traditions']} traditions in {len(st['regions'])} regions: {', '.join(st['regions'])}")
    print(f"{st['given']} distinct given names, {st['surnames']} surnames (Icelandic stems counted once)")
    print(f"{st['native_pairs']} native-script pairs in {st['native_langs']} languages")
