"""Hand-written name lists for pack_ag (personal care businesses).

Written for this pack from general knowledge; no name package (Faker, mimesis, names, ...) was used and no list
was copied. Each tradition has given names (m/f), surnames and a country code for its phones. Surnames written
``A/B`` are gendered (masculine/feminine form). ``family_first`` marks traditions whose native order puts the
family name first; ``ff_half`` marks those where romanised renderings use either order.
"""

from __future__ import annotations


def _w(s: str) -> list[str]:
    return s.split()


def _c(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


TRADITIONS: dict[str, dict] = {
    "en_us": dict(cc="US", w=5, m=_w("James Michael Robert DeShawn Tyler Marcus Brandon Caleb Ethan Logan Jamal Dustin Cody Trevor"),
                  f=_w("Jennifer Ashley Brittany Keisha Madison Kayla Courtney Shaniqua Amber Tiffany Brianna Haley Megan Lakisha"),
                  s=_w("Johnson Williams Brown Jones Miller Davis Wilson Anderson Thompson Jackson Harris Robinson Washington Coleman Bennett Hughes Patterson Foster")),
    "en_gb": dict(cc="GB", w=4, m=_w("Oliver Harry George Callum Jamie Rhys Alfie Declan Nathan Stuart Gareth"),
                  f=_w("Amelia Chloe Sophie Gemma Bethany Lauren Kirsty Niamh Holly Jodie Freya"),
                  s=_w("Smith Taylor Clarke Walker Wright Thornton Ashworth Pritchard Whitehouse Bradshaw Fairbairn Hollingsworth Sutcliffe Barraclough")),
    "en_ie": dict(cc="IE", w=2, m=_c("Seán, Ciarán, Oisín, Pádraig, Eoin, Cathal, Dónal, Tadhg"),
                  f=_c("Aoife, Siobhán, Niamh, Caoimhe, Sinéad, Gráinne, Clodagh, Orla"),
                  s=_c("O'Sullivan, O'Connor, McCarthy, Ó Briain, Ní Bhriain/Ní Bhriain, Fitzgerald, Kavanagh, MacNamara, Ó Súilleabháin, Mac Giolla Phádraig, Byrne, Doherty")),
    "en_sc": dict(cc="GB", w=1, m=_w("Hamish Euan Angus Fraser Ruaridh Alasdair"), f=_w("Isla Eilidh Morag Kirsteen Catriona Ailsa"),
                  s=_c("MacLeod, MacDonald, McAllister, Mackenzie, Sinclair, Buchanan, MacGregor, Drummond")),
    "cy_gb": dict(cc="GB", w=1, m=_w("Dafydd Gethin Iolo Rhodri Emyr"), f=_w("Cerys Ffion Angharad Siân Eluned"),
                  s=_c("ap Rhys, ap Gwilym, Pryce, Llewellyn, Vaughan, Bowen, Griffiths, Prosser")),
    "en_au": dict(cc="AU", w=2, m=_w("Lachlan Bailey Kane Mitchell Brodie Riley Jayden"), f=_w("Kylie Tayla Shannon Brooke Jessica Mackenzie Sienna"),
                  s=_w("Nguyen Kelly Ryan Mitchell Hargreaves Blackwood Nolan Tremblay")),
    "mi_nz": dict(cc="NZ", w=1, m=_w("Tamati Wiremu Rawiri Hemi Tane"), f=_w("Aroha Mere Anahera Ngaire Huia"),
                  s=_c("Ngata, Te Whiu, Parata, Tipene, Te Rangi, Walker, Horomona")),
    "sm_ws": dict(cc="NZ", w=1, m=_w("Sione Tavita Iosefa Falaniko"), f=_w("Losa Malia Sina Talia"),
                  s=_w("Tuilagi Fa'alogo Leota Sapolu Tuimavave Aumua")),
    "fr_fr": dict(cc="FR", w=3, m=_c("Mathieu, Guillaume, Jean-Baptiste, Étienne, Benoît, Loïc, Théo, Cédric, Hervé, Yannick"),
                  f=_c("Camille, Élodie, Anne-Sophie, Margaux, Océane, Gaëlle, Solène, Clémence, Maëlle, Agnès"),
                  s=_c("Dubois, Lefèvre, Moreau, Girard, Rousseau, du Pont, de la Fontaine, Le Goff, d'Aubigné, Lemaire, Fontaine, Chevalier, Boucher, Mercier, Le Bihan, Nguyen")),
    "fr_af": dict(cc="SN", w=1, m=_w("Moussa Ousmane Mamadou Cheikh Abdoulaye"), f=_w("Aminata Fatou Awa Mariama Khady"),
                  s=_w("Diop Ndiaye Sow Fall Diallo Ba Sarr Faye Gueye")),
    "de_de": dict(cc="DE", w=3, m=_c("Lukas, Maximilian, Jörg, Klaus-Peter, Torsten, Sven, Björn, Matthias, Jürgen, Florian"),
                  f=_c("Anja, Katrin, Jana, Lea-Marie, Sabine, Jördis, Friederike, Ute, Annika, Svenja"),
                  s=_c("Müller, Schmidt, Schneider, Fischer, Weiß, Schäfer, Köhler, von Bülow, zu Hohenlohe, Hoffmann, Krüger, Groß, Wagner, Becker, Zimmermann, Brandstätter")),
    "de_at": dict(cc="AT", w=1, m=_w("Andreas Stefan Wolfgang Christoph Manuel"), f=_w("Theresa Verena Magdalena Johanna Elisabeth"),
                  s=_w("Gruber Huber Pichler Steiner Moser Hofer Leitner Eder")),
    "de_ch": dict(cc="CH", w=1, m=_w("Reto Urs Beat Luca Nicolas"), f=_w("Regula Seraina Nadja Mirjam Corinne"),
                  s=_w("Brunner Keller Meier Baumann Frei Zürcher Widmer")),
    "nl_nl": dict(cc="NL", w=2, m=_w("Daan Bram Sander Joost Pieter Thijs Wouter Gijs"), f=_w("Sanne Fenna Lotte Femke Anouk Marieke Eline Ilse"),
                  s=_c("de Vries, van den Berg, van der Meer, Jansen, ter Horst, van 't Hof, Bakker, Visser, de Jong, Mulder, van Dijk, Vermeulen")),
    "nl_be": dict(cc="BE", w=1, m=_w("Jens Wout Stijn Koen"), f=_w("Lien Evi Griet Ine"),
                  s=_c("Peeters, Janssens, Van Damme, De Smet, Vandenbroucke, Claes, Desmet")),
    "es_es": dict(cc="ES", w=2, m=_c("Javier, Álvaro, José Luis, Íñigo, Sergio, Rubén, Jordi, Iker"),
                  f=_c("Lucía, María José, Nerea, Ainhoa, Rocío, Montserrat, Begoña, Itziar"),
                  s=_c("García Márquez, Fernández López, Martínez, Sánchez Ruiz, de la Torre, Ortuño y Ortuño, Jiménez, Navarro Gil, Gutiérrez, Etxeberria, Puig i Serra, Domínguez")),
    "es_mx": dict(cc="MX", w=2, m=_c("Juan Carlos, Luis Ángel, Alejandro, Emiliano, Jesús, Ramón"),
                  f=_c("Guadalupe, Ximena, Citlali, Dulce María, Fernanda, Itzel"),
                  s=_c("Hernández, González Ramírez, López, de la Cruz, Flores, Villanueva, Cervantes, Ochoa, Cuauhtémoc Ruiz")),
    "es_co": dict(cc="CO", w=1, m=_c("Andrés Felipe, Santiago, Camilo, Jhon Jairo"), f=_c("Valentina, Yurany, Marisol, Daniela"),
                  s=_c("Restrepo, Ospina Gómez, Cárdenas, Zuluaga, Betancur")),
    "es_ar": dict(cc="AR", w=1, m=_w("Facundo Lautaro Gonzalo Nahuel"), f=_w("Agustina Florencia Milagros Belén"),
                  s=_c("Fernández, Giménez, Romero, Pereyra, Bianchi, Acosta")),
    "pt_br": dict(cc="BR", w=3, m=_c("João Pedro, Thiago, Gustavo, Leandro, Rafael, Wellington, Caio"),
                  f=_c("Ana Clara, Thaís, Larissa, Jéssica, Gabriela, Raíssa, Luana"),
                  s=_c("da Silva, dos Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, de Almeida, Ferreira, Carvalho, Gonçalves, Nascimento")),
    "pt_pt": dict(cc="PT", w=1, m=_w("Tiago Rui Duarte Nuno Gonçalo"), f=_w("Inês Beatriz Leonor Matilde Joana"),
                  s=_c("Sousa, Magalhães, Figueiredo, Lopes da Cunha, Antunes, Simões")),
    "it_it": dict(cc="IT", w=2, m=_w("Lorenzo Giuseppe Matteo Alessandro Davide Niccolò Salvatore"),
                  f=_w("Giulia Chiara Francesca Alessia Martina Ilaria Benedetta"),
                  s=_c("Rossi, Esposito, Russo, Ferrari, De Luca, Di Stefano, Lo Bianco, Ricci, Bruno, Greco, Marchetti, D'Amico")),
    "pl_pl": dict(cc="PL", w=2, m=_w("Krzysztof Piotr Tomasz Łukasz Grzegorz Paweł Michał"), f=_w("Agnieszka Małgorzata Katarzyna Joanna Żaneta Dorota Zofia"),
                  s=_c("Kowalski/Kowalska, Nowak, Wiśniewski/Wiśniewska, Wójcik, Zieliński/Zielińska, Lewandowski/Lewandowska, Szymański/Szymańska, Dąbrowski/Dąbrowska, Kaczmarek, Grzybowski/Grzybowska")),
    "cs_cz": dict(cc="CZ", w=1, m=_w("Jiří Tomáš Ondřej Vojtěch Lukáš"), f=_w("Tereza Kateřina Lucie Zuzana Veronika"),
                  s=_c("Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová")),
    "sk_sk": dict(cc="SK", w=1, m=_w("Martin Juraj Marek"), f=_w("Zuzana Lenka Ivana"),
                  s=_c("Horváth/Horváthová, Kováč/Kováčová, Baláž/Balážová")),
    "hu_hu": dict(cc="HU", w=1, ff=True, m=_w("László Zoltán Gábor Péter Balázs Ádám"), f=_w("Zsófia Katalin Eszter Réka Boglárka Ildikó"),
                  s=_w("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas")),
    "ro_ro": dict(cc="RO", w=1, m=_w("Andrei Mihai Bogdan Ionuț Răzvan"), f=_w("Ioana Andreea Roxana Bianca Mădălina"),
                  s=_w("Popescu Ionescu Dumitrescu Stoica Constantinescu Munteanu Ștefănescu")),
    "hr_hr": dict(cc="HR", w=1, m=_w("Luka Ivan Marko Tomislav Dario"), f=_w("Ivana Petra Marija Ana Lucija"),
                  s=_w("Horvat Kovačević Babić Marić Jurić Novak Knežević")),
    "sr_rs": dict(cc="RS", w=1, m=_w("Nikola Stefan Miloš Dušan Nemanja"), f=_w("Jelena Milica Dragana Snežana Jovana"),
                  s=_w("Jovanović Petrović Nikolić Marković Đorđević Stojanović")),
    "bg_bg": dict(cc="BG", w=1, m=_w("Georgi Dimitar Ivaylo Hristo"), f=_w("Desislava Tsvetelina Radostina Gergana"),
                  s=_c("Petrov/Petrova, Ivanov/Ivanova, Georgiev/Georgieva, Dimitrov/Dimitrova")),
    "el_gr": dict(cc="GR", w=1, m=_w("Georgios Dimitrios Konstantinos Nikolaos Panagiotis"), f=_w("Eleni Katerina Vasiliki Despoina Athina"),
                  s=_c("Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Papageorgiou, Oikonomou, Karagiannis/Karagianni, Christodoulou")),
    "ru_ru": dict(cc="RU", w=2, m=_w("Aleksandr Dmitry Sergey Maksim Artyom Nikolai"), f=_w("Anastasia Yekaterina Olga Svetlana Darya Yulia"),
                  s=_c("Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Sokolov/Sokolova, Volkov/Volkova, Lebedev/Lebedeva, Morozov/Morozova")),
    "uk_ua": dict(cc="UA", w=2, m=_w("Oleksandr Andriy Taras Bohdan Yaroslav Mykola"), f=_w("Oksana Iryna Nataliya Khrystyna Solomiya Halyna"),
                  s=_w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Savchuk Lysenko")),
    "lt_lt": dict(cc="LT", w=1, m=_w("Mindaugas Tomas Darius Vytautas"), f=_w("Rūta Eglė Jurgita Gintarė"),
                  s=_c("Kazlauskas/Kazlauskienė, Petrauskas/Petrauskaitė, Jankauskas/Jankauskienė, Stankevičius/Stankevičiūtė")),
    "lv_lv": dict(cc="LV", w=1, m=_w("Jānis Andris Kārlis"), f=_w("Ilze Līga Inese"), s=_c("Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozols/Ozola")),
    "et_ee": dict(cc="EE", w=1, m=_w("Tõnu Mart Priit"), f=_w("Kadri Triin Liis"), s=_w("Tamm Saar Sepp Mägi Kask")),
    "fi_fi": dict(cc="FI", w=1, m=_w("Juha Mikko Jussi Antti Eetu"), f=_w("Aino Kaisa Tuulikki Päivi Satu"),
                  s=_w("Korhonen Virtanen Mäkinen Nieminen Hämäläinen Järvinen Heikkinen")),
    "sv_se": dict(cc="SE", w=1, m=_w("Oskar Anders Björn Mattias Linus"), f=_w("Elin Ebba Ingrid Maja Linnéa"),
                  s=_w("Andersson Johansson Lindqvist Bergström Nyström Åkesson Sjöberg Lundgren")),
    "no_no": dict(cc="NO", w=1, m=_w("Håkon Eirik Sindre Ola"), f=_w("Ingvild Sigrid Solveig Kari"),
                  s=_w("Hansen Johansen Haugen Bakke Solberg Lie Strand Dahl")),
    "da_dk": dict(cc="DK", w=1, m=_w("Rasmus Mads Søren Frederik"), f=_w("Mette Sofie Signe Trine"),
                  s=_w("Jensen Nielsen Rasmussen Sørensen Kjær Mortensen Thomsen")),
    "is_is": dict(cc="IS", w=1, patro=True, m=_c("Guðmundur, Sigurður, Einar, Ólafur, Jón"), f=_c("Guðrún, Sigríður, Katrín, Ásta, Helga"),
                  s=_c("Jónsson/Jónsdóttir, Einarsson/Einarsdóttir, Ólafsson/Ólafsdóttir, Sigurðsson/Sigurðardóttir, Magnússon/Magnúsdóttir")),
    "tr_tr": dict(cc="TR", w=2, m=_w("Mehmet Mustafa Emre Burak Oğuz Çağrı Yiğit"), f=_w("Ayşe Elif Zeynep Gülşen Şule Büşra Özge"),
                  s=_w("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç")),
    "ar_eg": dict(cc="EG", w=1, m=_w("Mohamed Ahmed Mahmoud Karim Tarek Youssef"), f=_w("Fatma Mona Nour Yasmin Heba Dina"),
                  s=_c("El-Sayed, Abdel Rahman, Mansour, Hassan, El Masry, Farouk, Abdel-Aziz, Soliman")),
    "ar_lv": dict(cc="LB", w=1, m=_w("Rami Ziad Elias Georges Walid"), f=_w("Rania Lina Maya Nadine Rim"),
                  s=_c("Haddad, Khoury, Nassar, Aboud, Abou Jaoude, Saliba, Hajj")),
    "ar_gulf": dict(cc="AE", w=1, m=_w("Khalid Sultan Hamdan Saeed Rashid Abdullah"), f=_w("Mariam Aisha Hessa Noura Shamma Latifa"),
                    s=_c("Al-Mansoori, Al Nahyan, Al-Qasimi, Al Falasi, bin Zayed, Al-Harbi, Al Shamsi")),
    "ar_ma": dict(cc="MA", w=1, m=_w("Yassine Hamza Ayoub Mehdi Anas"), f=_w("Khadija Salma Imane Houda Siham"),
                  s=_c("Benali, El Idrissi, Bennani, Alaoui, Tazi, Berrada, Ouazzani")),
    "fa_ir": dict(cc="IR", w=1, m=_w("Reza Dariush Mehdi Kourosh Arash"), f=_w("Shirin Parisa Leila Golnaz Maryam"),
                  s=_w("Hosseini Tehrani Rahimi Karimi Moradi Jafari Sadeghi")),
    "he_il": dict(cc="IL", w=1, m=_w("Yossi Avi Noam Itai Eitan"), f=_w("Tamar Noa Shira Yael Michal"),
                  s=_c("Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Ben-David, Avraham")),
    "hi_in": dict(cc="IN", w=3, m=_w("Rahul Amit Vikram Arjun Rohan Siddharth Aditya"), f=_w("Priya Ananya Pooja Kavya Neha Shreya Divya"),
                  s=_w("Sharma Verma Gupta Agarwal Joshi Mehta Iyer Reddy Nair Chatterjee Deshpande Kulkarni Banerjee")),
    "ta_in": dict(cc="IN", w=1, m=_w("Karthik Senthil Murugan Vignesh Arun"), f=_w("Lakshmi Meenakshi Divya Revathi Kavitha"),
                  s=_w("Subramanian Krishnan Ramasamy Venkatesan Natarajan Pillai")),
    "pa_in": dict(cc="IN", w=1, m=_w("Gurpreet Harjit Manpreet Jaswinder Amrit"), f=_w("Harleen Simran Jaspreet Navneet Gurleen"),
                  s=_w("Singh Kaur Sandhu Gill Dhillon Grewal Sidhu")),
    "ur_pk": dict(cc="PK", w=1, m=_w("Imran Bilal Usman Faisal Hamza"), f=_w("Ayesha Sana Hira Mahnoor Zainab"),
                  s=_w("Khan Qureshi Chaudhry Butt Malik Siddiqui Abbasi")),
    "bn_bd": dict(cc="BD", w=1, m=_w("Rafiq Tanvir Shakib Arif"), f=_w("Nusrat Farzana Tahmina Sharmin"),
                  s=_w("Rahman Hossain Islam Chowdhury Akter Uddin")),
    "si_lk": dict(cc="LK", w=1, m=_w("Chaminda Nuwan Kasun"), f=_w("Dilani Nadeesha Sanduni"),
                  s=_w("Perera Fernando Jayasuriya Wickramasinghe Bandara")),
    "zh_cn": dict(cc="CN", w=3, ffh=True, m=_w("Wei Jian Hao Yong Zhiwei Haoran Jun"), f=_w("Fang Xiaoling Yan Jing Mei Xinyi Ying"),
                  s=_w("Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun")),
    "zh_hk": dict(cc="HK", w=1, ffh=True, m=_c("Ka Ho, Chun Wai, Wing Kei, Kwok Leung"), f=_c("Mei Ling, Wing Yan, Hoi Yan, Suk Fan"),
                  s=_w("Chan Wong Cheung Lau Leung Ng Tsang Yip")),
    "zh_tw": dict(cc="TW", w=1, ffh=True, m=_c("Chih-Hao, Yu-Ting, Cheng-Han, Po-Wei"), f=_c("Hsin-Yi, Ya-Ting, Shu-Fen, Pei-Shan"),
                  s=_w("Chen Lin Huang Chang Tsai Hsu Cheng")),
    "ja_jp": dict(cc="JP", w=2, ffh=True, m=_w("Haruto Takeshi Kenji Daisuke Shota Yuto Ryota"), f=_w("Yui Haruka Misaki Ayaka Sakura Yuna Nanami"),
                  s=_w("Sato Suzuki Takahashi Tanaka Watanabe Ito Nakamura Kobayashi Yamamoto Kato Inoue Matsumoto")),
    "ko_kr": dict(cc="KR", w=2, ffh=True, m=_c("Min-jun, Seo-jun, Ji-hoon, Dong-hyun, Hyun-woo"), f=_c("Seo-yeon, Ji-woo, Min-seo, Ha-eun, Su-bin"),
                  s=_w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han")),
    "vi_vn": dict(cc="VN", w=2, ff=True, m=_c("Minh Tuấn, Quốc Bảo, Văn Hùng, Đức Anh, Thanh Long"), f=_c("Thị Lan, Ngọc Anh, Thu Trang, Phương Linh, Bích Ngọc"),
                  s=_w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Võ Đặng Bùi")),
    "th_th": dict(cc="TH", w=1, m=_w("Somchai Anurak Thanawat Kittisak"), f=_w("Siriporn Nattaya Kanokwan Pimchanok"),
                  s=_w("Srisuk Chaiyaporn Wongsawat Rattanakosin Suwannarat Thongchai")),
    "fil_ph": dict(cc="PH", w=2, mid=True, m=_c("Jose Mari, Rodel, Jerome, Mark Anthony, Ramil, Jun-Jun"), f=_c("Maricel, Jocelyn, Ma. Theresa, Rowena, Kristine Joy, Lovely"),
                   s=_c("Santos, Reyes, dela Cruz, Bautista, Mendoza, Villanueva, Dimaculangan, Macaraeg, Garcia, Aquino")),
    "id_id": dict(cc="ID", w=1, m=_w("Budi Agus Rizky Dimas Eko"), f=_w("Siti Dewi Putri Ayu Ratna"),
                  s=_w("Santoso Wijaya Hidayat Saputra Kusumawati Pratama Setiawan")),
    "ms_my": dict(cc="MY", w=1, bin=True, m=_w("Ahmad Faizal Hafiz Amir Syafiq"), f=_w("Nurul Aishah Farah Siti Izzati"),
                  s=_w("Ismail Abdullah Ibrahim Rahman Hassan Yusof")),
    "yo_ng": dict(cc="NG", w=1, m=_w("Oluwaseun Babatunde Adewale Femi Tunde"), f=_w("Folake Adaeze Funmilayo Yetunde Titilayo"),
                  s=_w("Adeyemi Ogunleye Balogun Adebayo Okonkwo Oyelaran Afolabi")),
    "ig_ng": dict(cc="NG", w=1, m=_w("Chukwuemeka Obinna Ikenna Nnamdi"), f=_w("Chiamaka Ngozi Nkechi Ifeoma"),
                  s=_w("Okafor Eze Nwosu Obi Okeke Chukwu Nwachukwu")),
    "ak_gh": dict(cc="GH", w=1, m=_w("Kwame Kofi Kwabena Yaw Kojo"), f=_w("Akosua Ama Abena Efua Adwoa"),
                  s=_w("Mensah Owusu Asante Boateng Osei Agyeman Ofori")),
    "sw_ke": dict(cc="KE", w=1, m=_w("Baraka Juma Kiprotich Onyango Mutiso"), f=_w("Njeri Achieng Wambui Akinyi Zawadi"),
                  s=_w("Kamau Odhiambo Mutua Kiprono Wekesa Njoroge Chebet")),
    "zu_za": dict(cc="ZA", w=1, m=_w("Sipho Thabo Mandla Bongani Lwazi"), f=_w("Nomvula Thandiwe Lerato Zanele Ayanda"),
                  s=_w("Dlamini Nkosi Ndlovu Khumalo Mthembu Zulu Mokoena")),
    "af_za": dict(cc="ZA", w=1, m=_w("Pieter Johan Hendrik Riaan"), f=_w("Anika Elmarie Marietjie Liezl"),
                  s=_c("van der Merwe, Botha, du Plessis, Pretorius, van Wyk, Steyn, le Roux")),
    "am_et": dict(cc="ET", w=1, m=_w("Abebe Dawit Tesfaye Yonas"), f=_w("Meron Selam Tigist Hiwot"),
                  s=_w("Tadesse Bekele Girma Haile Alemu Woldemariam")),
    "so_so": dict(cc="KE", w=1, m=_w("Abdirahman Mohamud Farah Abdi"), f=_w("Hodan Faadumo Ayaan Ubah"),
                  s=_w("Warsame Farah Hirsi Jama Osman")),
    "ka_ge": dict(cc="GE", w=1, m=_w("Giorgi Levan Davit Irakli"), f=_w("Nino Tamar Mariam Ketevan"),
                  s=_w("Beridze Kapanadze Gelashvili Maisuradze Lomidze")),
    "hy_am": dict(cc="AM", w=1, m=_w("Aram Tigran Hayk Armen"), f=_w("Anahit Lilit Mariam Siranush"),
                  s=_w("Petrosyan Hovhannisyan Sargsyan Grigoryan Harutyunyan")),
    "qu_pe": dict(cc="PE", w=1, m=_c("Wilfredo, Yupanqui, Percy"), f=_c("Yolanda, Killa, Nayeli"),
                  s=_c("Quispe, Mamani, Huamán, Condori, Choque")),
}

# Given and family names that are also ordinary English (or trade) words: the hard cases of the pack. A salon
# client called Barber, a stylist called Page, a therapist called Rose.
WORD_GIVEN_M = _w("Hunter Chase Grant Will Rich Frank Miles Sonny Hardy Royal Dusty")
WORD_GIVEN_F = _w("Rose Hazel Ivy Pearl Amber Joy Faith Hope Summer Dawn Sky Crystal Autumn Honey Blossom Star")
WORD_SURNAMES = _w("Barber Page Price Bell Frost Fox Wolf Love Baker Taylor Weaver Brooks Rich Short Little Cutter Shave Hair Nail Glass Lash Curl Combs Sharp Hand Sole")

# Native-script people: (tradition, native given, native family, romanised given, romanised family, order)
# order "ff" = the native rendering puts the family name first and joins without a space (CJK) or with one.
NATIVE = [
    ("ja_jp", "太郎", "山田", "Taro", "Yamada", "cjk"),
    ("ja_jp", "美咲", "佐藤", "Misaki", "Sato", "cjk"),
    ("ja_jp", "健二", "高橋", "Kenji", "Takahashi", "cjk"),
    ("ja_jp", "さくら", "中村", "Sakura", "Nakamura", "cjk"),
    ("zh_cn", "芳", "王", "Fang", "Wang", "cjk"),
    ("zh_cn", "伟", "张", "Wei", "Zhang", "cjk"),
    ("zh_cn", "静怡", "刘", "Jingyi", "Liu", "cjk"),
    ("zh_tw", "怡君", "林", "Yi-Chun", "Lin", "cjk"),
    ("zh_hk", "家豪", "陳", "Ka Ho", "Chan", "cjk"),
    ("ko_kr", "민서", "김", "Min-seo", "Kim", "cjk"),
    ("ko_kr", "지훈", "박", "Ji-hoon", "Park", "cjk"),
    ("ko_kr", "하은", "이", "Ha-eun", "Lee", "cjk"),
    ("ru_ru", "Мария", "Иванова", "Mariya", "Ivanova", "gf"),
    ("ru_ru", "Дмитрий", "Соколов", "Dmitry", "Sokolov", "gf"),
    ("uk_ua", "Оксана", "Шевченко", "Oksana", "Shevchenko", "gf"),
    ("bg_bg", "Гергана", "Петрова", "Gergana", "Petrova", "gf"),
    ("sr_rs", "Милица", "Јовановић", "Milica", "Jovanović", "gf"),
    ("el_gr", "Ελένη", "Παπαδοπούλου", "Eleni", "Papadopoulou", "gf"),
    ("el_gr", "Γιώργος", "Οικονόμου", "Giorgos", "Oikonomou", "gf"),
    ("ar_eg", "أحمد", "منصور", "Ahmed", "Mansour", "gf"),
    ("ar_lv", "رانيا", "حداد", "Rania", "Haddad", "gf"),
    ("fa_ir", "شیرین", "حسینی", "Shirin", "Hosseini", "gf"),
    ("he_il", "תמר", "כהן", "Tamar", "Cohen", "gf"),
    ("hi_in", "प्रिया", "शर्मा", "Priya", "Sharma", "gf"),
    ("hi_in", "राहुल", "वर्मा", "Rahul", "Verma", "gf"),
    ("ta_in", "லட்சுமி", "கிருஷ்ணன்", "Lakshmi", "Krishnan", "gf"),
    ("bn_bd", "নুসরাত", "রহমান", "Nusrat", "Rahman", "gf"),
    ("th_th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf"),
    ("ka_ge", "ნინო", "ბერიძე", "Nino", "Beridze", "gf"),
    ("hy_am", "Անահիտ", "Պետրոսյան", "Anahit", "Petrosyan", "gf"),
    ("am_et", "ሰላም", "ታደሰ", "Selam", "Tadesse", "gf"),
    ("pa_in", "ਸਿਮਰਨ", "ਕੌਰ", "Simran", "Kaur", "gf"),
]

# Words that are particles or prefixes, left out of the name-word leak check.
PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "d'", "da", "dos", "das", "von", "zu", "ter", "'t", "ten", "y",
             "i", "di", "lo", "del", "ap", "al", "el", "bin", "binti", "ibn", "abou", "abdel", "ben", "mac", "mc", "o'",
             "ó", "ní", "nic", "dela", "te", "ma."}

if __name__ == "__main__":
    g = set()
    s = set()
    for t in TRADITIONS.values():
        g.update(t["m"])
        g.update(t["f"])
        for x in t["s"]:
            s.update(x.split("/"))
    g.update(WORD_GIVEN_M + WORD_GIVEN_F)
    s.update(WORD_SURNAMES)
    print(f"{len(TRADITIONS)} traditions, {len(g)} given names, {len(s)} surnames, {len(NATIVE)} native-script people")
