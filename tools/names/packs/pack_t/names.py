"""Hand-written person-name lists for pack_t (home and personal services).

Written for this pack from general knowledge; no generator package and no list from another set was used.
Each tradition: (key, region, order, male given, female given, surnames). Order is "w" (given first),
"ff" (family first, native) or "opt" (romanised East Asian: either order). In the surname strings "_" joins
the words of one surname ("van_der_Berg") and "a|b" gives the male and female forms of a gendered surname.
"""

from __future__ import annotations

import unicodedata

TRADITIONS = [
    ("en_us", "North America", "w",
     "James Michael Robert David William Joseph Thomas Daniel Matthew Anthony Kevin Brian Tyler Brandon Dwayne",
     "Mary Jennifer Linda Patricia Jessica Ashley Brittany Megan Kimberly Tiffany Heather Crystal Shanice Kayla",
     "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris "
     "Thompson Robinson Walker Young Allen Wright Scott Greene Mitchell Carter Bennett Brooks Hayes"),
    ("en_gb", "Europe", "w",
     "Oliver Harry George Jack Charlie Alfie Freddie Archie Callum Rhys Gareth Nigel Graham",
     "Olivia Amelia Isla Poppy Emily Sophie Charlotte Imogen Harriet Gemma Siobhan Bethan Cerys",
     "Clarke Hughes Edwards Lewis Roberts Evans Davies Cooper Ward Turner Parker Collins Hargreaves "
     "Ashworth Pemberton Whitfield Fairbairn Blackwood Thornton Aldridge"),
    ("ga_ie", "Europe", "w",
     "Seán Ciarán Pádraig Oisín Darragh Eoin Cathal Dónal Tadhg Ruairí",
     "Aoife Niamh Siobhán Caoimhe Gráinne Saoirse Róisín Clodagh Orla Sinéad",
     "O'Sullivan|O'Sullivan Ó_Briain|Ní_Bhriain Murphy Kelly Walsh McCarthy O'Connor|O'Connor Byrne "
     "Mac_Giolla|Nic_Giolla Ó_Súilleabháin|Ní_Shúilleabháin Fitzgerald Doherty Kavanagh Ó_Cearbhaill|Ní_Chearbhaill"),
    ("gd_sc", "Europe", "w",
     "Hamish Angus Fraser Ewan Lachlan Struan Murdo",
     "Morag Eilidh Kirsty Isla Catriona Ailsa Fiona",
     "MacDonald MacLeod Mackenzie Campbell Stewart Robertson Macintyre Sinclair Munro Gillespie"),
    ("de_de", "Europe", "w",
     "Lukas Jürgen Klaus-Peter Hans-Jörg Matthias Stefan Uwe Torsten Dieter Florian Maximilian Björn",
     "Anna-Lena Ursula Gisela Sabine Katrin Jutta Heike Annegret Mareike Brigitte Anke Friederike",
     "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schäfer Koch Richter Groß Weiß "
     "Hoffmann Schröder von_Bülow zu_Guttenberg von_der_Heyde Krüger Böhm Scholz Lehmann"),
    ("de_at", "Europe", "w",
     "Florian Lorenz Valentin Andreas Wolfgang Gernot",
     "Theresia Johanna Magdalena Leonie Veronika Elfriede",
     "Gruber Huber Bauer Wagner Pichler Moser Steiner Hofer Leitner Mayrhofer Edlinger"),
    ("nl_nl", "Europe", "w",
     "Jan Pieter Sander Bram Joost Maarten Wouter Thijs Gerrit Kees",
     "Sanne Femke Lotte Marieke Anouk Inge Ilse Annelies Wilhelmina Noor",
     "de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit de_Jong van_der_Meer Mulder "
     "van_'t_Hof ter_Haar Dekker Bosman Hendriks van_Leeuwen Kuipers"),
    ("nl_be", "Europe", "w",
     "Wout Jens Senne Koen Dries Bart",
     "Lien Ine Fien Elke Hanne Veerle",
     "Peeters Janssens Maes Claes Goossens Wouters De_Smet Vermeulen Van_Damme De_Backer"),
    ("fr_fr", "Europe", "w",
     "Jean-Luc Théo Benoît Étienne François Gaël Loïc Mathieu Jérôme Hervé Yannick Cédric",
     "Amélie Chloé Élodie Hélène Margaux Océane Céline Maëlle Geneviève Solène Anaïs Béatrice",
     "Martin Bernard Dubois Durand Lefèvre Moreau Laurent Girard Roux Fournier Lemaire Le_Gall "
     "d'Aubigné de_la_Fontaine du_Pont Rousseau Chevalier Guérin Lacroix Faure"),
    ("es_es", "Europe", "w",
     "José Javier Álvaro Íñigo Sergio Alejandro Rubén Jordi Pau Iker Manuel",
     "María Lucía Carmen Nerea Ainhoa Montserrat Pilar Begoña Rocío Inmaculada Nuria",
     "García_López Fernández Martínez_Ruiz González Rodríguez Sánchez_Pérez Jiménez Muñoz Ortuño "
     "de_la_Cruz del_Río Iglesias Castillo Núñez Ibáñez Etxeberria Puig Ferrer"),
    ("es_mx", "Americas", "w",
     "Juan_Carlos Luis Miguel_Ángel Jesús Emiliano Santiago Ximeno Octavio Rigoberto",
     "Guadalupe Xóchitl Itzel Ximena Fernanda Araceli Yesenia Maricela Citlali",
     "Hernández_Cruz Ramírez Flores Morales Vázquez de_la_Garza Cuauhtémoc Reyes Gutiérrez "
     "Mendoza Aguilar Domínguez Villaseñor"),
    ("es_andes", "Americas", "w",
     "Wilmer Edwin Yuri Néstor Walter Efraín",
     "Yolanda Nelly Rosa_Elena Maribel Flor Soledad",
     "Quispe Mamani Condori Huamán Choque Apaza Ccori Vargas_Llosa Paredes"),
    ("pt_br", "Americas", "w",
     "João Thiago Luiz_Henrique Caio Rafael Gustavo Vinícius Leandro Anderson Wellington",
     "Ana_Clara Beatriz Larissa Thaís Camila Letícia Jéssica Gabriela Fernanda Luana",
     "da_Silva dos_Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo "
     "Carvalho Gonçalves Ribeiro de_Souza_Lima Barbosa"),
    ("pt_pt", "Europe", "w",
     "Duarte Afonso Tomás Gonçalo Rui Nuno",
     "Inês Matilde Leonor Carolina Joana Mafalda",
     "Ferreira Fernandes Marques Sousa Pinto Teixeira Magalhães Figueiredo da_Costa Vieira"),
    ("it_it", "Europe", "w",
     "Giuseppe Alessandro Lorenzo Matteo Niccolò Gianluca Salvatore Pierpaolo Raffaele Vittorio",
     "Giulia Chiara Francesca Federica Alessia Martina Giovanna Ilaria Benedetta Rosalba",
     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco De_Luca Di_Stefano "
     "D'Angelo Lo_Bianco Caruso Galli Mancini"),
    ("pl_pl", "Europe", "w",
     "Piotr Krzysztof Tomasz Paweł Łukasz Michał Grzegorz Wojciech Przemysław Jarosław",
     "Agnieszka Małgorzata Katarzyna Joanna Magdalena Żaneta Bożena Urszula Grażyna Dorota",
     "Kowalski|Kowalska Nowak Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska "
     "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak Dąbrowski|Dąbrowska "
     "Kozłowski|Kozłowska Jankowski|Jankowska Mazur Krawczyk"),
    ("cs_cz", "Europe", "w",
     "Jiří Jan Petr Tomáš Ondřej Vojtěch Radek Zdeněk",
     "Jana Tereza Lucie Markéta Kateřina Zuzana Eliška Božena",
     "Novák|Nováková Svoboda|Svobodová Dvořák|Dvořáková Černý|Černá Procházka|Procházková "
     "Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová Pokorný|Pokorná"),
    ("sk_sk", "Europe", "w",
     "Marek Ľubomír Dušan Matej", "Zuzana Ľudmila Dominika Veronika",
     "Horváth|Horváthová Kováč|Kováčová Varga|Vargová Tóth|Tóthová Baláž|Balážová"),
    ("hu_hu", "Europe", "ff",
     "László István Zoltán Gábor Attila Ferenc Balázs Levente", "Zsófia Katalin Erzsébet Réka Ildikó Eszter Anikó Boglárka",
     "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Lakatos Fekete"),
    ("ro_ro", "Europe", "w",
     "Andrei Mihai Ștefan Bogdan Răzvan Cristian Ionuț", "Ioana Elena Andreea Mădălina Roxana Bianca Cătălina",
     "Popescu Ionescu Popa Dumitrescu Stoica Constantinescu Răducanu Munteanu Ștefănescu Vasilescu"),
    ("hr_rs", "Europe", "w",
     "Ivan Luka Marko Nikola Dražen Goran Željko Stjepan", "Ana Ivana Marija Jelena Snježana Vesna Dragana",
     "Horvat Kovačević Babić Marić Jurić Novak Petrović Nikolić Đorđević Jovanović Kraljević"),
    ("sl_bs", "Europe", "w",
     "Emir Adnan Haris Jure Matjaž", "Amra Lejla Špela Nives Mirela",
     "Hodžić Begović Delić Kovač Zupančič Krajnc Mehmedović"),
    ("bg_mk", "Europe", "w",
     "Dimitar Georgi Stoyan Nikolay Kiril", "Milena Desislava Tsvetelina Ralitsa Vesela",
     "Ivanov|Ivanova Georgiev|Georgieva Petrov|Petrova Dimitrov|Dimitrova Stoyanov|Stoyanova"),
    ("el_gr", "Europe", "w",
     "Giorgos Konstantinos Dimitris Nikos Panagiotis Vasilis Christos", "Eleni Katerina Maria Sofia Dimitra Vasiliki Georgia",
     "Papadopoulos|Papadopoulou Nikolaidis|Nikolaidou Georgiou Konstantinidis|Konstantinidou "
     "Oikonomou Papageorgiou Karagiannis|Karagianni Vlachos|Vlachou"),
    ("ru_ru", "Europe", "w",
     "Aleksandr Dmitriy Sergey Andrey Mikhail Yevgeniy Vladimir Nikolay", "Tatyana Yelena Olga Natalya Svetlana Anastasiya Yekaterina Irina",
     "Ivanov|Ivanova Smirnov|Smirnova Kuznetsov|Kuznetsova Popov|Popova Sokolov|Sokolova Volkov|Volkova "
     "Morozov|Morozova Lebedev|Lebedeva Novikov|Novikova Fyodorov|Fyodorova"),
    ("uk_ua", "Europe", "w",
     "Oleksandr Andriy Mykola Taras Bohdan Yaroslav", "Oksana Olena Iryna Khrystyna Solomiya Halyna",
     "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko Hrytsenko"),
    ("lt_lv", "Europe", "w",
     "Mindaugas Tomas Darius Jānis Andris Gediminas", "Rūta Jurgita Eglė Ilze Dace Aušra",
     "Kazlauskas|Kazlauskienė Petrauskas|Petrauskienė Jankauskas|Jankauskaitė Bērziņš|Bērziņa Kalniņš|Kalniņa "
     "Ozols|Ozola"),
    ("fi_ee", "Europe", "w",
     "Juha Mikko Jukka Antti Tapani Mart Toomas", "Aino Satu Päivi Kaisa Tiina Liis Kadri",
     "Korhonen Virtanen Mäkinen Nieminen Hämäläinen Heikkinen Järvinen Tamm Saar Kask Mägi"),
    ("sv_se", "Europe", "w",
     "Erik Lars Anders Johan Björn Magnus Oskar Nils", "Karin Ingrid Astrid Maja Linnéa Elsa Sigrid Ebba",
     "Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Bergström Sjöberg Åkesson Öberg Lindgren"),
    ("no_dk", "Europe", "w",
     "Øystein Håkon Sindre Rasmus Mads Søren Frederik", "Ingeborg Solveig Kirsten Mette Signe Ragnhild Sørine",
     "Hansen Johansen Olsen Pedersen Kristiansen Jørgensen Mikkelsen Bakke Haugen Næss Sørensen"),
    ("is_is", "Europe", "w",
     "Guðmundur Sigurður Jón Ólafur Einar Þórður", "Guðrún Sigríður Kristín Hólmfríður Þóra Björk",
     "Jónsson|Jónsdóttir Sigurðsson|Sigurðardóttir Guðmundsson|Guðmundsdóttir Ólafsson|Ólafsdóttir "
     "Einarsson|Einarsdóttir"),
    ("tr_tr", "Middle East", "w",
     "Mehmet Mustafa Ahmet Hüseyin İbrahim Emre Burak Oğuz Çağlar", "Ayşe Fatma Emine Zeynep Şule Gülşen Özlem Büşra İpek",
     "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aksoy"),
    ("ar_lev", "Middle East", "w",
     "Mohammed Ahmad Omar Khaled Yousef Rami Samir Tariq Ziad", "Fatima Layla Rania Nour Huda Samira Dalia Hanan Reem",
     "Al-Hassan Haddad Khoury Nasser El-Amin Mansour Saleh Sabbagh al-Rashid Abu_Samra Darwish Haidar"),
    ("ar_gulf", "Middle East", "w",
     "Abdullah Faisal Sultan Hamad Mansoor Saeed", "Aisha Maryam Noura Hessa Latifa Shamma",
     "Al_Maktoum Al-Mazrouei Al_Nahyan Al-Qahtani Al-Otaibi bin_Zayed Al-Shamsi Al-Ghamdi"),
    ("ar_maghreb", "North Africa", "w",
     "Youssef Mehdi Karim Rachid Hamza Anouar Soufiane", "Khadija Salma Imane Meriem Houda Nadia Sanaa",
     "Benali Bouzid El_Idrissi Ait_Ouali Cherkaoui Benjelloun Haddadi Lahlou Ouazzani Ben_Youssef"),
    ("he_il", "Middle East", "w",
     "Yosef Avraham Itai Noam Eitan Yonatan Moshe", "Tamar Noa Shira Yael Maayan Michal Orly",
     "Cohen Levi Mizrahi Peretz Biton Friedman Avraham Ben-David Ben-Ami Shapiro Katz"),
    ("fa_ir", "Middle East", "w",
     "Reza Amir Mehdi Hossein Dariush Kourosh Babak", "Maryam Shirin Parisa Leila Niloufar Roya Azadeh",
     "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Tehrani Jafari Sadeghi Ghasemi"),
    ("ka_hy", "Caucasus", "w",
     "Giorgi Levan Davit Aram Tigran Vardan", "Nino Tamar Mariam Anahit Lusine Armine",
     "Beridze Kapanadze Gelashvili Mchedlishvili Petrosyan Hovhannisyan Sargsyan Harutyunyan Aliyev|Aliyeva"),
    ("uz_kz", "Central Asia", "w",
     "Timur Rustam Nurlan Azamat Bekzod Dilshod Yerlan", "Dilnoza Aigerim Gulnara Madina Zarina Saule Aizhan",
     "Karimov|Karimova Rakhimov|Rakhimova Nazarbayev|Nazarbayeva Tursunov|Tursunova Abdullayev|Abdullayeva "
     "Seitkali Zhaksylykov|Zhaksylykova"),
    ("hi_in", "South Asia", "w",
     "Rahul Amit Vikram Arjun Rohan Sanjay Aditya Pranav Siddharth Manoj", "Priya Ananya Sneha Pooja Kavya Divya Aishwarya Meera Neha Lakshmi",
     "Sharma Verma Gupta Agarwal Singh Kumar Mehta Joshi Chaturvedi Srivastava Malhotra Kapoor Banerjee Chatterjee"),
    ("ta_in", "South Asia", "w",
     "Karthik Senthil Murugan Arun Venkatesh Balaji Sundar", "Deepa Revathi Kavitha Lakshmi Meenakshi Saranya Nithya",
     "Subramanian Krishnan Ramasamy Venkataraman Iyer Pillai Natarajan Raghavan Annamalai Chandrasekaran"),
    ("te_mr", "South Asia", "w",
     "Srinivas Venkat Ravi Sai Omkar Tushar Ninad", "Sravani Lavanya Swathi Madhuri Shruti Aparna Ketaki",
     "Reddy Naidu Rao Chowdary Kulkarni Deshpande Patil Gokhale Joshi Bhosale"),
    ("pa_pk", "South Asia", "w",
     "Gurpreet Harjit Manpreet Imran Bilal Usman Faisal Zeeshan", "Harpreet Simran Jaspreet Ayesha Sana Hina Mehwish Rabia",
     "Sandhu Gill Dhillon Sidhu Grewal Khan Qureshi Chaudhry Butt Malik Siddiqui Hussain"),
    ("bn_bd", "South Asia", "w",
     "Arif Tanvir Rakib Sourav Anirban Debashis", "Nusrat Farhana Tahmina Sharmin Moumita Sudeshna",
     "Rahman Hossain Islam Chowdhury Ahmed Das Bhattacharya Mukherjee Sarkar Ghosh"),
    ("si_lk", "South Asia", "w",
     "Chaminda Nuwan Kasun Tharindu Ruwan", "Dilani Nadeesha Sanduni Chathurika Ishara",
     "Perera Fernando de_Silva Jayawardena Wickramasinghe Bandara Gunawardena Rajapaksa"),
    ("ne_np", "South Asia", "w",
     "Bikash Suman Prakash Roshan Nabin", "Sabina Anjali Sarita Pramila Srijana",
     "Shrestha Gurung Tamang Thapa Magar Adhikari Karki Rai"),
    ("zh_cn", "East Asia", "opt",
     "Wei Jun Hao Lei Qiang Jian Yong Zhiwei Haoran Yuxuan", "Fang Jing Li Na Xiuying Yan Ting Xinyi Meiling Yutong",
     "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo"),
    ("zh_tw_hk", "East Asia", "opt",
     "Chih-Ming Kuan-Yu Wai-Keung Ka-Ho Chun-Kit Tsz-Hin", "Mei-Ling Hsiu-Ying Wing-Yan Ka-Yan Hoi-Ching Shu-Fen",
     "Chen Lin Huang Chang Lee Wong Chan Cheung Leung Ng Ho Tsang Yip Kwok"),
    ("ja_jp", "East Asia", "opt",
     "Hiroshi Takeshi Kenji Daisuke Shota Haruto Yuto Ren Sota Kazuki", "Yuki Aiko Haruka Sakura Yui Misaki Nanami Ayaka Mei Rin",
     "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue"),
    ("ko_kr", "East Asia", "opt",
     "Min-jun Seo-jun Do-yoon Ji-ho Joon-young Sung-min Hyun-woo", "Seo-yeon Ji-woo Min-seo Ha-eun Soo-jin Eun-ji Ye-jin",
     "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon"),
    ("mn_mn", "East Asia", "w",
     "Bat-Erdene Ganbaatar Temuujin Enkhbold", "Oyunchimeg Sarangerel Nomin Altantsetseg",
     "Dorj Batbayar Sükhbaatar Enkhtaivan Gantulga"),
    ("vi_vn", "South-East Asia", "ff",
     "Minh Tuấn Hùng Dũng Quang Thành Phúc Khoa", "Lan Hương Thảo Ngọc Linh Trang Hạnh Phương",
     "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ"),
    ("th_th", "South-East Asia", "w",
     "Somchai Anan Kittisak Prasert Thanawat Wichai", "Siriporn Malee Pimchanok Kanokwan Nattaya Ratana",
     "Saetang Srisuk Jaidee Wongsakul Chaiyaporn Thongchai Rattanakorn Sukprasert"),
    ("ms_id", "South-East Asia", "w",
     "Muhammad_Hafiz Ahmad_Faizal Syafiq Budi Agus Wahyu Dimas", "Nurul_Ain Siti_Aminah Nur_Aisyah Dewi Sri Putri Ayu",
     "bin_Abdullah|binti_Abdullah bin_Ismail|binti_Ismail Santoso Wijaya Susanto Hidayat Setiawan Kusuma Pratama"),
    ("tl_ph", "South-East Asia", "w",
     "Jose_Mari Rodel Jomar Arnel Rommel Jericho Paolo", "Maricel Rowena Lorna Jocelyn Kristine Mary_Grace Leah",
     "Dela_Cruz Santos Reyes Bautista Garcia Mendoza Villanueva Macapagal de_Guzman Manalo Dizon Tolentino"),
    ("yo_ng", "West Africa", "w",
     "Oluwaseun Adebayo Babatunde Olumide Tunde Ayodele Femi", "Folasade Funmilayo Abimbola Yetunde Titilayo Omolara",
     "Adeyemi Okonkwo Adebayo Oladipo Ogunleye Balogun Afolabi Ogundipe"),
    ("ig_ng", "West Africa", "w",
     "Chukwuemeka Chinedu Obinna Ikenna Nnamdi Emeka", "Ngozi Chiamaka Adaeze Nkechi Ifeoma Chioma",
     "Okafor Okeke Nwosu Eze Obi Okoro Nwachukwu Uchenna Onyekachi"),
    ("ha_ng", "West Africa", "w",
     "Abubakar Musa Aliyu Sani Yakubu", "Hauwa Zainab Amina Halima Hadiza",
     "Bello Abdullahi Yusuf Garba Danjuma Lawal"),
    ("ak_gh", "West Africa", "w",
     "Kwame Kofi Kwabena Yaw Kwaku Kojo", "Akosua Ama Abena Efua Adwoa Yaa",
     "Mensah Asante Boateng Owusu Agyeman Osei Ofori Appiah Acheampong"),
    ("wo_sn", "West Africa", "w",
     "Mamadou Cheikh Ousmane Ibrahima Moussa", "Aminata Fatou Awa Mariama Khady",
     "Diop Ndiaye Fall Sow Diallo Gueye Sy Ba Camara Traoré Keïta Coulibaly"),
    ("sw_ke", "East Africa", "w",
     "Baraka Juma Otieno Kamau Mwangi Kipchoge", "Wanjiku Akinyi Njeri Achieng Nyambura Zawadi",
     "Kariuki Odhiambo Ochieng Njoroge Mutua Wambui Kiprotich Chebet Onyango Mwakilema"),
    ("am_et", "East Africa", "w",
     "Abebe Tesfaye Dawit Yohannes Getachew Haile", "Selamawit Tigist Hiwot Meseret Bethlehem Almaz",
     "Bekele Tadesse Girma Alemu Mekonnen Wolde Gebremedhin Haile"),
    ("zu_za", "Southern Africa", "w",
     "Sipho Thabo Mandla Bongani Themba Lwazi Sibusiso", "Nomvula Thandeka Zanele Lindiwe Nokuthula Palesa Ayanda",
     "Dlamini Nkosi Ndlovu Khumalo Mthembu Zulu Mokoena Molefe Naidoo van_der_Merwe Botha Pretorius"),
    ("pt_ao_mz", "Southern Africa", "w",
     "Adilson Edson Nelson Dércio", "Esperança Domingas Graça Teresa",
     "Machava Cossa Mondlane Tembe Neto dos_Santos Kiala"),
    ("mg_mg", "Southern Africa", "w",
     "Andry Hery Tiana Fanja", "Voahangy Lalao Haingo Nirina",
     "Rakotomalala Randriamampionona Rasoanaivo Razafindrakoto Andrianarivo"),
    ("en_ca_qc", "North America", "w",
     "Jean-François Marc-André Pierre-Luc Gaétan Réjean", "Marie-Ève Marie-Claude Josée Chantal Mélanie",
     "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Bélanger Pelletier Lévesque Bergeron"),
    ("en_jm_tt", "Americas", "w",
     "Delroy Winston Marlon Dwight Andre Kemar", "Sharonda Kerry-Ann Tanisha Latoya Shereen Dionne",
     "Campbell Brown Williams Francis Gordon Ramdass Persad Maharaj Baptiste Clarke"),
    ("ht_ht", "Americas", "w",
     "Jean-Baptiste Wilner Fritznel Jacquelin Dieunel", "Mirlande Nadège Fabiola Rosemène Guerline",
     "Pierre Joseph Jean-Louis Désir Saint-Fleur Toussaint Charles Étienne Dorélien"),
    ("en_au_nz", "Pacific", "w",
     "Lachlan Mitchell Brodie Jaxon Hamish Tane Wiremu", "Chloe Matilda Kirra Tahlia Aroha Mereana Ngaire",
     "Nguyen Smith Wilson Kelly Te_Whiti Ngata Parata Tamihana Walker Fitzpatrick O'Brien"),
    ("sm_to", "Pacific", "w",
     "Sione Tevita Lealofi Tupou Mataio", "Losana Mele Salote Fetu Sina",
     "Tuilagi Faleolo Fonoti Tuipulotu Havili Vainikolo Fifita"),
    ("haw_fj", "Pacific", "w",
     "Kekoa Makoa Keanu Ratu Josefa", "Leilani Noelani Kalani Adi Litia",
     "Kahananui Kealoha Akana Naupoto Rabuka Tuivaga"),
]

PARTICLES = {
    "van", "der", "den", "de", "la", "del", "da", "dos", "das", "do", "von", "zu", "du", "le", "d'", "di", "lo",
    "bin", "binti", "al", "el", "ben", "ter", "'t", "ó", "ní", "mac", "nic", "te", "dela", "y", "abu", "ait",
}

# (language, given in script, family in script, given romanised, family romanised, gender, family-first in script)
NATIVE = [
    ("ja", "花子", "佐藤", "Hanako", "Sato", "f", True),
    ("ja", "健太", "鈴木", "Kenta", "Suzuki", "m", True),
    ("ja", "美咲", "高橋", "Misaki", "Takahashi", "f", True),
    ("ja", "翔太", "田中", "Shota", "Tanaka", "m", True),
    ("zh", "伟", "王", "Wei", "Wang", "m", True),
    ("zh", "秀英", "李", "Xiuying", "Li", "f", True),
    ("zh", "志强", "刘", "Zhiqiang", "Liu", "m", True),
    ("zh", "雨桐", "陈", "Yutong", "Chen", "f", True),
    ("ko", "민준", "김", "Minjun", "Kim", "m", True),
    ("ko", "서연", "이", "Seoyeon", "Lee", "f", True),
    ("ko", "지호", "박", "Jiho", "Park", "m", True),
    ("ko", "하은", "최", "Haeun", "Choi", "f", True),
    ("ru", "Иван", "Петров", "Ivan", "Petrov", "m", False),
    ("ru", "Наталья", "Смирнова", "Natalya", "Smirnova", "f", False),
    ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", "f", False),
    ("bg", "Димитър", "Иванов", "Dimitar", "Ivanov", "m", False),
    ("sr", "Марко", "Јовановић", "Marko", "Jovanović", "m", False),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "m", False),
    ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", "f", False),
    ("ar", "محمد", "الحسن", "Mohammed", "Al-Hassan", "m", False),
    ("ar", "فاطمة", "حداد", "Fatima", "Haddad", "f", False),
    ("fa", "مریم", "رضایی", "Maryam", "Rezaei", "f", False),
    ("he", "נועה", "כהן", "Noa", "Cohen", "f", False),
    ("he", "דוד", "לוי", "David", "Levi", "m", False),
    ("hi", "प्रिया", "शर्मा", "Priya", "Sharma", "f", False),
    ("hi", "राहुल", "वर्मा", "Rahul", "Verma", "m", False),
    ("bn", "অমিত", "দাস", "Amit", "Das", "m", False),
    ("ta", "கார்த்திக்", "முருகன்", "Karthik", "Murugan", "m", False),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "m", False),
    ("ka", "ნინო", "ბერიძე", "Nino", "Beridze", "f", False),
    ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "m", False),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", "m", False),
]

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
         "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h"}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script string (diacritics dropped, special letters spelled out)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _split(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


def _tables():
    trads = []
    for key, region, order, males, females, surnames in TRADITIONS:
        sn = []
        for s in surnames.split():
            if "|" in s:
                m, f = s.split("|")
            else:
                m = f = s
            sn.append((m.replace("_", " "), f.replace("_", " ")))
        trads.append((key, region, order, _split(males), _split(females), sn))
    return trads


TABLES = _tables()


def stats() -> dict[str, int]:
    given = set()
    fam = set()
    for _k, _r, _o, m, f, sn in TABLES:
        given.update(m)
        given.update(f)
        for a, b in sn:
            fam.add(a)
            fam.add(b)
    return {"traditions": len(TABLES), "regions": len({t[1] for t in TABLES}), "given": len(given),
            "surnames": len(fam), "native_pairs": len(NATIVE), "native_languages": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k}: {v}")
