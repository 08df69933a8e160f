"""Surname gazetteer, space-separated; loaded by names_lexicon.

Collected from the person providers of Faker (MIT License, (c) 2012 Daniele Faraglia and
contributors; Cyrillic and Greek names transliterated, female Slavic forms added) plus curated
additions (German, Turkish, Polish, Russian, Arabic, Greek, Balkan, Italian, English surnames).
"""

from __future__ import annotations

# Common surnames in German-speaking countries, incl. Turkish, Polish, Slavic, Arabic.
SURNAMES_CORE = """
Abdullah Abebe Abramov Abramova Acar Achleitner Ackerl Ackermann Adam Adamczyk Adams Adamska
Adamski Adeyemi Adler Adolph Adrovic Aebi Afanasiev Afanasieva Agafonov Agafonova Agarwal Agovic
Ahmadi Ahmadzai Ahmed Ahmeti Aichholzer Aichinger Aigner Akbari Akbulut Akdeniz Akgul Akgül
Akhtar Akin Aksenov Aksenova Aksoy Aktas Aktaş Akyol Akyüz Akın Al-Ahmad Al-Hassan Al-Khatib
Alaoui Albers Albrecht Aleksandrov Aleksandrova Alekseev Alekseeva Alexiou Alhassan Ali Alic
Alić Alkan Alkhatib Allen Almeida Altin Altina Altmann Altun Altın Alvarez Alves Amann Amato
Amini Ammann Amon Amrani Amrein Anagnostou Anderl Anders Andersen Anderson Andre Andreev
Andreeva Andrejew Andrejewa Andreou Andrzejewska Andrzejewski Angelis Angelopoulos Angelov
Angelova Angerer Anisimov Anisimova Antoine Antoniou Antonov Antonova Antony Appel Appiah Araujo
Araújo Arend Arendt Arkhipov Arkhipova Arnaud Arndt Arnold Arslan Artner Asante Aschauer Aslan
Atalay Atanasov Atanasova Ates Ateş Athanasiou Atzler Aubert Aubry Auer Augustin Auinger Aumann
Austermühle Avci Avcı Avdiu Aydin Aydın Azizi Babic Babić Bach Bacher Bachinger Bachler Bachmann
Back Backes Bader Baier Bailey Bailly Bajrami Bak Baker Bakker Bakr Baldauf Banda Banerjee
Banzer Barakzai Baran Baranov Baranova Baranowska Baranowski Barbier Barbieri Barbu Bargetze
Barkholz Barnes Baron Barone Barre Barth Barthel Barthelemy Bartl Basaran Basile Batliner
Battaglia Bauer Baum Baumann Baumgartner Baur Bausch Baustert Bayer Bayram Başaran Beck Becker
Beckius Beckmann Beer Beffort Begic Begić Behrens Beier Beissel Bekele Bell Bellini Belousov
Belousova Belov Belova Belyaev Belyaeva Belyakov Belyakova Benali Benard Bender Benedetti
Benjelloun Bennani Bennett Benoit Benthin Benz Berchem Berchtold Berg Berger Bergmann Berhane
Berisha Bernard Bernardi Bernasconi Berner Bernhard Berrada Berscheid Bertemes Berthold Bertin
Bertina Bertrand Besson Betschart Bettendorff Beyer Bianchi Bianco Bichler Biedermann Bien Bieri
Biggen Bilgin Binder Binner Bintner Bintz Birnbaum Bischof Bischoff Bitschnau Bittner Biver
Biwer Black Blanc Blanchard Blanco Blank Blaser Blauensteiner Blazevic Blažević Blinov Blinova
Bloch Block Blum Blümel Boateng Bobrov Bobrova Bock Bodner Boehm Boehme Boettcher Bogdanov
Bogdanova Bogner Bohlander Bohnbach Bojko Bolander Bolliger Bolnbach Bolshakov Bolshakova
Bolzmann Bonbach Bondar Bondarenko Bonnet Borisov Borisova Borkowska Borkowski Bos Bose Bosman
Bosshard Bouazza Boucher Bouchet Boucsein Boulanger Bourgeois Bouvier Bouzid Boyer Boyko Bozdağ
Bozic Bozkurt Božić Brand Brandenburger Brandl Brandner Brandstetter Brandstätter Brandt
Brandtner Brauer Braun Brennan Brenner Breton Breuer Briemer Brinkmann Brooks Brosius Brouwer
Brown Bruck Bruckner Bruder Brugger Brun Brunet Brunner Bruno Bruns Brzezińska Brzeziński Bräuer
Buchberger Buchegger Bucher Buchholz Buchinger Buchler Buchner Budig Buehler Buettner Bui Bulut
Burger Burgstaller Burri Burtscher Busch Busse Butler Butt Butte Bykov Bykova Byrne Bytyqi Bäck
Bähr Bär Bärer Bättig Böck Böhler Böhm Böhme Börner Bösch Böttcher Bùi Büchel Bühler Bühlmann
Bürger Büttner Bąk Cai Cakir Cakmak Campbell Can Cao Caputo Carbone Cardoso Carlier Caron
Carpentier Carre Carsten Carstensen Carter Caruso Carvalho Caspar Castro Cattaneo Celik Cetin
Cetina Chahid Charles Charpentier Chatterjee Chaudhry Chauvin Chen Cheng Cherif Chernov Chernova
Chevalier Chevallier Chmielewska Chmielewski Cho Choi Chopra Chowdhury Christen Christiansen
Christodoulou Christoph Christou Chu Cichorius Cieślak Ciftci Cikotic Cinar Ciobanu Clark Claude
Clees Clemens Clement Colbach Coleman Colin Colina Collet Collin Collina Colling Collins Colombo
Conrad Conradi Constantin Constantina Conte Conter Conti Cook Cooper Coppola Cordier Correia
Coskun Costa Costantini Cousin Cousina Cox Coşkun Cruz Czarnecka Czarnecki Czerwińska Czerwiński
Da Dabrowska Dabrowski Daher Dahl Dahm Daleiden Dallinger Dam Damico Dang Dangl Daniel Danilov
Danilova Danner Danninger Darwish Das Davids Davis Davydov Davydova De Decker Dehmel Dekker
Delaunay Delgado Delic Delić Delvaux Demaj Demchenko Demir Demirci Demirtas Demirtaş Demuth Deng
Dengg Denis Denisov Denisova Denk Derksen Dervishi Deschamps Deutschmann Diallo Dias Diaz
Diederich Dietl Dietrich Dietz Dijk Dimitriou Dimitrov Dimitrova Dimopoulos Dinc Ding Dinh Dinu
Dinç Diop Dippel Dirnberger Ditschlerin Dittrich Djordjevic Djukic Dlamini Dmitriev Dmitrieva Do
Dobes Dobler Dogan Domínguez Donati Dong Doppler Dorfer Dorn Dorner Dorofeev Dorofeeva Dos
Dostert Dowerg Doyle Doğan Draxler Drewes Dreyer Drozdov Drozdova Drub Drubin Du Duarte Dubois
Duda Dudek Dueck Dufour Duman Dumas Dumitru Dumont Dunne Duong Dupont Dupuis Dupuy Durand Durmaz
Dussen Dutta Duval Dyck Díaz Döhn Döring Dörr Dörschner Dück Dünser Dąbrowska Dąbrowski Dương
Eberhard Eberhardt Eberharter Eberl Eberle Ebert Eberth Ebner Ebrahimi Eckbauer Ecker Eckert
Economou Eder Edlinger Edwards Efimov Efimova Efremov Efremova Egger Egli Egorov Egorova Ehlers
Ehlert Eibl Eichberger Eichenberger Eichhorn Eichinger Eigenwillig Eimer Eischen Eisl Eisner
Ekici Ekinci El-Amrani Elamrani Eliseev Eliseeva Eller Ellis Elsen Emelyanov Emelyanova Ender
Engel Engelhardt Engl Enns Entringer Enzinger Epp Erber Erdem Erdogan Erdoğan Eren Ergun Ergün
Erhart Erlacher Erler Ermakov Ermakova Erni Ernst Erpelding Ertl Esposito Etienne Etzler Etzold
Eugster Evans Evdokimov Evdokimova Ewen Fabbri Faber Fabian Fabre Falkner Fankhauser Farah Fares
Farina Farkas Fasching Fast Faust Favre Fechner Fedorenko Fedorov Fedorova Fedotov Fedotova Fehr
Fehringer Feichtenschlager Feichter Feichtinger Feichtner Feiereisen Feigl Feinen Felber Felder
Feldmann Feller Fellinger Fellner Felten Feltgen Feltz Feng Fercher Fernandes Fernandez
Fernández Ferrara Ferrari Ferraro Ferreira Ferretti Ferri Ferstl Feyder Fichtinger Fiebig
Fiedler Filipovic Filipović Filippov Filippova Fink Finke Fiore Fisch Fischbach Fischer Fisher
Fitz Fitzgerald Fjodorow Fjodorowa Flammang Flantz Fleck Fleischer Fleischhacker Fleischmann
Fleury Fliegner Florea Flores Flückiger Foerster Foidl Fomin Fonck Fontaine Fontana Ford Forster
Forstner Foser Foster Fournier Franck Francois Frank Franke Franz Franzen Frei Freitag
Freudenberger Freudenthaler Frey Frick Friederich Friedl Friedli Friedrich Friedrichs Friesen
Frisch Fritsch Fritz Frolov Frolova Frommelt Froschauer Fröhlich Fröschl Frühwirth Fuchs
Fuhrmann Funk Furrer Förster Füreder Fürst Gaasch Gabriel Gaertner Gahleitner Gaillard Gajewska
Gajewski Galkin Galkina Gall Gallagher Galler Galli Gallo Gamsjäger Gangl Gao Garcia Garnier
Garrido Gartner Gashi Gaspar Gasser Gassner Gatti Gattringer Gauthier Gautier Gavrilenko
Gavrilov Gavrilova Gay Gebremedhin Gehringer Geier Geiger Geisel Geisler Geißler Gengler Gentile
Georges Georgiadis Georgiev Georgieva Georgiou Gerard Gerasimov Gerasimova Gerber Gerlach
Germain Gertz Geyer Gezer Gfeller Ghasemi Ghebreyesus Gheorghe Ghosh Giannopoulos Gibson
Gierschner Giesbrecht Giese Gieß Giger Gil Gilbert Gillen Gillet Gilson Gindl Giordano Girard
Giraud Girschner Giuliani Glaser Glatz Glod Gloden Glodt Gloor Glück Gmeiner Gnatz Godart
Goedert Goerens Goergen Goerzen Goetzinger Goff Gollner Golubev Golubeva Gomes Gomez Goncalves
Gonzalez González Gonçalves Gorbachev Gorbacheva Gorbunov Gorbunova Gorlitz Gorshkov Gorshkova
Gorska Gorski Gosch Gotthard Gottschalk Grabher Grabner Grabowska Grabowski Graf Graham Grasser
Grassi Grassl Grasso Gratz Gratzer Gratzl Gray Greco Green Gregoire Grein Greiner Greisch
Grethen Grgic Grgić Griesser Grigoriev Grigorieva Grill Grimm Gritsch Grob Gromov Gromova
Grondin Gross Groth Groß Gruber Grundner Gröttner Grünberger Grüner Grünwald Gschaider
Gschwandtner Gstrein Gstöhl Gude Guenther Guerin Guerina Guerra Guggenberger Guichard Guillaume
Guillot Gul Guler Gumprich Gunes Gunpf Guo Gupta Gurov Gurova Gusev Guseva Gut Gute Gutknecht
Gutmann Guven Guyot Gärtner Gómez Górska Górski Gök Görzen Göschl Götz Gül Güler Gündoğdu Güneş
Günter Günther Güven Głowacka Głowacki Haag Haas Haase Haberl Habib Hacker Hackl Haddad Haddadi
Haderer Hadzic Hadžić Haering Hafner Hagen Hager Hahn Haid Haidari Haiden Haider Haidinger Haile
Haindl Hainzl Hakimi Halimi Haliti Hall Haller Halsdorf Hamann Hamdan Hamdi Hames Hamid Hamilton
Hammer Hammerer Hammerl Hamon Han Hande Handl Handler Hanke Hansen Harder Haring Hariri Harloff
Harms Harrer Harris Hartl Hartmann Hartung Hartwig Hasani Hasanovic Hasanović Hashemi Haslauer
Hasler Haslinger Hassan Hattinger Hauer Hauffer Haumer Haupert Hausberger Hauser Hayashi He
Hebenstreit Hechenberger Heck Hecker Heeb Heger Heide Heiderscheid Heidrich Heigl Heil Heim Hein
Heindl Heinen Heinrich Heintz Heintze Heinz Heinze Heinzl Heirens Heiss Heissenberger Held Hell
Heller Hellwig Helm Hemetsberger Hemmen Hemmer Henck Henderson Hendriks Hengen Henk Henning
Henry Henschel Hentschel Herbst Hering Hermann Hermes Hermighausen Hernandez Hernández Herrmann
Hertrampf Herve Herzog Heser Hess Hesse Hethur Hettner Heuertz Heuser Heydari Heydrich Heß
Hilbert Hildebrandt Hilger Hill Hiller Hilti Himmelbauer Hinterberger Hinteregger Hinterleitner
Hinz Hirsch Hirschmann Hirt Ho Hoang Hoarau Hochleitner Hochreiter Hodel Hodzic Hodžić Hoekstra
Hofbauer Hofer Hoffmann Hofinger Hofmann Hofmeister Hofstetter Hofstätter Holl Hollaus Holler
Holmes Holsten Holt Holzapfel Holzer Holzinger Holzknecht Holzmann Hoop Hoppe Horak Horn Hornich
Hornig Horvat Hosp Hoss Hosseini Hotz Howard Hoxha Hoàng Hristov Hristova Hu Huang Huber Hubert
Huberty Hubmann Huebner Huemer Huet Hufnagl Hug Hughes Huhn Huisman Humbert Humer Hummel Hummer
Hunt Hunziker Hurt Husic Husić Huss Hussain Hussein Huter Huth Hutter Hutterer Huynh Huỳnh
Hyseni Häfliger Hämmerle Hänel Häring Häusler Hödl Höfer Höfig Höfler Höglinger Höhne Höller
Hölzenbecher Hölzl Hörl Hörle Hörmann Hövel Hübel Hübner Hürlimann Hütter Hüttner Hồ Ibrahim
Idrissi Iglesias Ignatiev Ignatieva Ilic Iliev Ilieva Ilić Ilyin Imhof Inoue Ioannidis Ioannou
Ionescu Iqbal Isaak Isaev Isaeva Isakov Isakova Isik Isler Ismaili Issa Iten Ito Ivanov Ivanova
Iwanow Iwanowa Iyer Işık Jabbour Jaber Jablonska Jablonski Jabłońska Jabłoński Jackson Jacob
Jacobi Jacobs Jacoby Jacquet Jaeger Jafari Jahn Jakob Jakobs Jakubowska Jakubowski James Jandl
Jang Janisch Jank Jankowska Jankowski Jansen Janssen Janzen Jashari Jasinska Jasinski Jasińska
Jasiński Jauk Jaworska Jaworski Jean Jehle Jeitz Jenewein Jenkins Jenni Jensen Jessel Jiang
Jimenez Jiménez Jockel Johann John Johnson Joly Jones Jopich Jordan Joshi Jost Jovanovic
Jovanović Juen Julien Junck Juncken Juncker Jung Jungfer Jungwirth Junitz Junk Junken Juric
Jurić Jäckel Jäger Jäggi Jähn Jäkel Jäntsch Jöbstl Jürgens Jüttner Kabanov Kabanova Kabus
Kaczmarczyk Kaczmarek Kade Kager Kahr Kahraman Kain Kaindl Kainz Kaiser Kalashnikov Kalashnikova
Kalcher Kalinin Kalinina Kalinowska Kalinowski Kallert Kaltenbrunner Kaltenböck Kaltenegger
Kamara Kamau Kambs Kaminska Kaminski Kamińska Kamiński Kammerer Kanaan Kang Kapeller Kapetanios
Kaplan Kapoor Kappel Kapustin Kapustina Kara Karaca Karadag Karadağ Karagiannis Karakaya Karakuş
Karamanlis Karatas Karataş Karge Kargl Karier Karimi Karl Karner Karpenko Karpov Karpova Karrer
Karz Kasel Kaspar Kasper Kass Kassem Kassim Kastner Kastrati Kato Kauffmann Kaufman Kaufmann
Kaul Kavanagh Kaya Kayser Kazakov Kazakova Kazemi Kaçar Kaźmierczak Keita Keller Kellner Kelly
Kelmendi Kemp Kemper Kennedy Kensy Keplinger Kerger Kern Kerschbaum Kerschbaumer Kerschen Keskin
Keskina Kessler Keudel Keßler Khaled Khalil Khan Kharchenko Kharitonov Kharitonova Khokhlov
Khokhlova Khoury Kidane Kieber Kiefer Kieffer Kilic Killer Kim Kimura Kind Kindle King Kinsch
Kintziger Kirchmair Kirchner Kirillov Kirillova Kirsch Kirschner Kiselev Kiseleva Kiss Kitzler
Kitzmann Klammer Klapp Klassen Klaus Klausner Klein Klement Klemm Klemt Klingelhöfer Klinger
Klingler Klocker Kloiber Klose Klotz Klug Klymenko Knapp Knappe Knaus Knecht Kneip Knezevic
Knežević Knight Knoll Kobayashi Kobelt Kober Koc Kocabaş Kocaman Kocan Koch Kocher Koehler
Koenig Koerner Kofler Kogler Kohl Kohler Kohn Kohnen Kok Kolar Kolb Kolesnikov Kolesnikova
Koller Kollmann Kolm Komarov Komarova Konovalov Konovalova Konrad Konsbruck Konstantinidis
Konstantinou Kopf Kopp Koppensteiner Kopylov Kopylova Korkmaz Korolev Koroleva Kose Koshelev
Kosheleva Koslow Koslowa Kostenko Kostic Kostin Kostina Kostić Kostolzin Kostopoulos Kotov
Kotova Kouris Kovac Kovacevic Kovacic Koval Kovalenko Kovalev Kovaleva Kovač Kovačević Kovačić
Kowalczyk Kowalenko Kowalewska Kowalewski Kowaljow Kowaljowa Kowalska Kowalski Kozak Kozlov
Kozlova Kozlowska Kozlowski Kozłowska Kozłowski Koç Kołodziej Krack Kraemer Kraft Krainer Krainz
Krajewska Krajewski Kral Kralj Krall Kramer Krammer Kranz Krasniqi Kratzer Kraus Krause
Kraushaar Kravchenko Kravets Krawczyk Krawtschenko Kraxner Krebs Krecke Kreidl Krein Kreiner
Kremer Kremser Krenn Kreusel Kreuzer Kriegl Krier Kroeker Kroker Krol Kronberger Kronsteiner
Krueger Krug Kruschwitz Kruse Krylov Krylova Krämer Król Kröker Kröll Krüger Kubacka Kubacki
Kubiak Kucera Kucharska Kucharski Kudryashov Kudryashova Kudryavtsev Kudryavtseva Kuehn Kuehne
Kugler Kuhl Kuhn Kuipers Kulagin Kulik Kulikov Kulikova Kumar Kummer Kunz Kunze Kurt Kurti
Kurtuluş Kurz Kurzmann Kusch Kusnezow Kusnezowa Kuzmenko Kuzmin Kuznetsov Kuznetsova Kwiatkowska
Kwiatkowski Kyriakou Käfer Kägi Kälin Kälina Käser Käster Köberl Köck Köhler Kölbl Köll König
Körner Köse Kössler Köster Kühn Kühne Kühnert Küng Kılıç Lachmann Lackner Lacroix Ladeck Ladner
Lagler Laimer Lam Lambert Lamesch Lammer Lampert Lampl Lamprecht Lamy Landl Lang Lange Langer
Langern Langlois Lanners Lanz Lapin Laporte Laptev Lapteva Larcher Laskowska Laskowski Lassnig
Laurent Laux Lazarev Lazareva Lazaridis Lazic Lazić Le Lebedev Lebedeva Lebedew Lebedewa Leber
Leblanc Lebrun Lechner Leclerc Leclercq Lecomte Lederer Lee Leeb Lefebvre Lefèvre Leger Legrand
Lehmann Lehner Leibetseder Leitgeb Leithner Leitner Lejeune Lemaire Lemaitre Lemmer Lemoine
Lengauer Lentz Lenz Leone Leonhartsberger Leopold Lerch Lercher Leroux Leroy Lettner Leu
Leunberger Leutgeb Levchenko Leveque Lewandowska Lewandowski Lewicka Lewicki Lewis Ley Li Liang
Lichtenegger Liebelt Lim Lima Lin Lindau Linden Linder Lindinger Lindner Lindorfer Link Linke
Linster Lintner Lipp Lis List Litvinenko Litwinenko Liu Lloyd Lobanov Lobanova Loewen Loginov
Loginova Loibl Loidl Lombardi Lombardo Long Longo Loos Lopes Lopez Lorang Lorch Lorenz Losekann
Louis Lovrić Lu Luca Lucas Ludwig Luger Lukin Lukina Lungu Luo Luong Lustenberger Lutgen
Luttenberger Lutz Lux Ly Lynch Lysenko Lâm Lê Löchel Löffler Löwen Löwer Lübs Lüscher Lüthi Lý
Lương Ma Maas MacDonald Machado Macher Maciejewska Maciejewski Mack Mader Mahmood Mahmoud Mai
Maier Maierhofer Maillard Mair Mairhofer Majerus Majewska Majewski Makarov Makarova Makarow
Makarowa Makowska Makowski Makris Maksimov Maksimova Malhotra Malik Malinowska Malinowski Mallet
Mancini Manderscheid Mandl Mangen Mangold Mann Mans Mansour Mansouri Marchal Marchand Marchenko
Marchetti Marciniak Marechal Margraf Margreiter Mariani Maric Marie Marin Marina Maringer Marini
Marino Marić Mark Markl Markou Markov Markova Markovic Marković Marnach Marquardt Marques
Marshall Marte Martens Marti Martin Martina Martinelli Martinez Martini Martino Martins Marty
Martynenko Martynov Martynova Martínez Marx Marxer Marín Maslov Maslova Masri Masson Matei
Mathias Mathieu Mathis Matic Matić Matsumoto Matt Matthes Matthäi Matveev Matveeva Maurer
Mavridis May Mayer Mayerhofer Mayr Mayrhofer Mazur Mazurek Mazza Mbeki McCarthy McDonald
McKenzie Medina Medvedev Medvedeva Medwedew Medwedewa Mehari Mehmedovic Mehmedović Mehta Meier
Meijer Meili Meindl Meisch Meissner Meister Meixner Meißner Melchior Melnik Melnikov Melnikova
Melnyk Menard Mende Mendes Menon Mensah Mentzel Menzel Mercier Mergen Mersch Mertens Merz
Messina Messner Metin Metina Mettler Metz Metzler Meunier Meusburger Meyer Meyers Michailidis
Michailow Michailowa Michalak Michalska Michalski Michaud Michel Michels Mielcarek Mielke Mies
Mihai Mikhailov Mikhailova Mikheev Mikheeva Milani Miller Millet Milosevic Milošević Mironov
Mironova Mirza Misicher Mitchell Mitrovic Mitrović Mitschke Mitsotakis Mitter Mitteregger
Mitterer Mitterlehner Mittermayr Mladenovic Mladenović Moeller Moes Mohammadi Mohammed Mohaupt
Mohr Moiseev Moiseeva Moldovan Molina Molitor Monnier Montanari Monteiro Monti Moore Moosbrugger
Moradi Morales Moreau Moreira Morelli Moreno Mores Moretti Morgan Morin Morina Moritz Morosow
Morosowa Moroz Morozov Morozova Morris Mosemann Moser Moulin Moulina Mousavi Mousel Mude Mueller
Muhovic Muhr Mujic Mujić Mukherjee Mukhin Mulder Muller Munoz Munteanu Muratovic Muraviev
Muravieva Murphy Murray Mustafa Muñoz Mwangi Myers Mäder Mälzer Möchlichen Möller Mörth
Mühlbacher Mühlberger Mühlböck Mühle Mülichen Müller Müllner Nagel Nagele Nagl Nair Najafi
Nakamura Nascimento Naser Naseri Nassar Nasser Naumann Naumov Naumova Navarro Nazarenko Nazarov
Nazarova Ndiaye Negele Negri Nekrasov Nekrasova Nelson Nemeth Nerger Neri Nesterov Nesterova
Nette Neu Neubacher Neubauer Neufeld Neugebauer Neuhauser Neuhold Neulinger Neumann Neumayer
Neumayr Neumeister Neumüller Neuner Neureiter Neureuther Neuschäfer Neuwirth Ney Ngo Nguyen
Nguyễn Ngô Nickel Nickels Nicolas Niederhaus Niederl Nielsen Niemann Niemeier Nigg Nikiforov
Nikiforova Nikitin Nikitina Nikolaev Nikolaeva Nikolaou Nikolic Nikolić Nikolov Nikolova Nilles
Nipp Nistor Nkosi Noack Noel Nohlmans Nolte Noori Nosbusch Noskov Noskova Novak Novikov Novikova
Nowack Nowak Nowakowska Nowakowski Nowicka Nowicki Nowikow Nowikowa Nuri Nussbaumer Nußbaumer
Näf Nägele Näscher Nöbauer Núñez Oberhauser Oberhofer Oberleitner Obermayr Obermeier Obermüller
Oberndorfer Oberweis Obradovic Obradović Odermatt Oderwald Odhiambo Oehri Oestrovsky Ofner
Oikonomou Okafor Okonkwo Olbrich Olijnyk Olinger Oliveira Olivier Oliynyk Olszewska Olszewski
Omar Omerovic Omerović Oral Orekhov Orekhova Orhan Orlando Orlov Orlova Orlow Orlowa Ortega
Ortiz Ortmann Ortner Osei Osipov Osipova Osman Osmani Ospelt Ostapenko Ostermann Ostrowska
Ostrowski Oswald Othman Otieno Ott Otto Ouali Ovchinnikov Ovchinnikova Owens Owusu Oyelaran
Ozbek Ozcan Ozdemir Ozer Ozkan Ozturk Pacher Pachler Paffrath Pagano Paier Palmer Palmieri
Palumbo Pammer Pan Panagiotou Panfilov Panfilova Panov Panova Papadakis Papadopoulos
Papadopoulou Papageorgiou Papanikolaou Papas Pape Pappas Paris Parisi Park Parker Parzer
Pasquier Patberg Patel Patterson Pauer Paul Paulitsch Pauls Paulsen Paulus Pauly Pavić Pavlenko
Pavlidis Pavlov Pavlova Pavlovic Pavlović Pawlak Pawlow Pawlowa Pawlowska Pawlowski Pawłowska
Pawłowski Payer Payet Pechel Pedersen Peer Peham Peiffer Pellegrini Pellegrino Pelletier Pendl
Peng Penner Penz Pereira Perez Pergande Peric Perić Perner Perret Perrier Perrin Perrina Perrot
Perry Pertl Pesendorfer Pesic Peter Peters Petersen Peterson Petit Petrenko Petridis Petrov
Petrova Petrovic Petrović Petrow Petrowa Petukhov Petukhova Petz Peukert Pešić Pfeffer Pfeifer
Pfeiffer Pfister Pfleger Pham Phan Philipp Philippe Phillips Phiri Phạm Picard Pichler Pichon
Pieber Pieper Pierre Pietrzak Pietsch Pilipenko Pillai Pilz Pinter Pinto Piotrowska Piotrowski
Piras Pircher Pires Pirker Plank Plath Plattner Platzer Pletschette Pock Pohl Pointner Poirier
Pokorny Polat Polishchuk Pollak Polyakov Polyakova Polzer Ponomarenko Ponomarev Ponomareva Poos
Pop Popa Popal Popescu Popov Popova Popovic Popović Popow Popowa Popp Portmann Posch Postl
Postma Potapov Potapova Poulain Powell Prager Prantl Praxmarer Preda Preiß Prem Prenner Preuß
Prevost Price Prinz Probst Prohaska Prokhorov Prokhorova Prokopenko Pruschke Przybylska
Przybylski Pröll Pucher Puchner Pundel Puntigam Punz Putz Pärtzelt Pérez Pölitz Pöll Pölzl
Pöschl Pühringer Qasem Quach Quinn Quintus Qureshi Raab Rabitsch Rabl Radic Radisch Radić Radl
Radu Rahimi Rahman Rahmani Rainer Rama Ramdedovic Ramirez Ramos Ramsauer Rao Raptis Rashid
Rastoder Rath Rau Rauch Rausch Rauscher Rauter Rechberger Reckinger Reddy Reding Redl Reed
Regehr Reich Reichel Reicher Reichl Reichmann Reif Reimann Reimer Reinbacher Reindl Reiner
Reinert Reinhardt Reinisch Reinprecht Reinthaler Reischl Reiser Reising Reisinger Reisner
Reitbauer Reiter Reiterer Reithofer Reitinger Rempel Remy Ren Renard Renaud Renault Renner Resch
Rettenbacher Reuter Rexhepi Rey Reynaud Reynolds Rezaei Ribeiro Ricci Richard Richardson Richter
Riedel Rieder Riedl Riedler Riedmann Rieger Riegler Riehl Riener Riepl Ries Rieser Rinaldi Ring
Ringhofer Rinner Risch Ristic Ristić Ritter Riva Rivera Riviere Rizzi Rizzo Robert Roberts Robin
Robinson Rocha Roche Rodionov Rodionova Rodrigues Rodriguez Rodríguez Roger Rogers Rogge Rogner
Rohleder Rohrer Rohrmoser Roht Rolland Rollinger Romanenko Romano Romanov Romanova Romero Roos
Rosa Rose Rosemann Rosenberger Rosenow Roskoth Rosner Ross Rossetti Rossi Rossmann Rostami Roth
Rothe Rottensteiner Rotter Rousseau Roussel Roux Roy Royer Rubio Rudenko Rudolf Rudolph Ruf
Ruggiero Ruiz Rupp Ruppersberger Ruppert Russell Russo Rust Rusu Rutkowska Rutkowski Ryabov
Ryabova Ryan Rybakov Rybakova Rädel Röck Röhrdanz Röhricht Römer Rörricht Rössler Rüegg Saad
Sabbagh Sabotic Sachs Sadat Sadeghi Sadiku Sadowska Sadowski Safi Safonov Safonova Sager
Sagmeister Sahin Said Sailer Saizew Saizewa Sala Salcher Saleh Salem Salihovic Salihović Salz
Salzer Salzmann Samaras Sammer Sanchez Sander Sanders Sandu Sanna Santis Santner Santoro Santos
Sanz Sari Saric Sartori Sarı Sasaki Sato Sattler Sauber Sauer Savas Savaş Savchenko Savelyev
Savelyeva Savic Savin Savić Sawatzky Sawicka Sawicki Schaack Schaaf Schabowska Schabowski
Schachinger Schachner Schacht Schade Schaefer Schaeffer Schaffer Schalk Schaller Schandl Schank
Schantl Scharf Scharinger Schartner Schartz Schatz Schatzl Schaub Schauer Schaus Scheel Scheer
Scheibe Scheiber Scheidegger Scheidl Schellenberg Schenk Scherer Scherr Scherrer Scherz Scherzer
Scheucher Scheuermann Schewtschenko Schewzow Schewzowa Schiefer Schiestl Schilcher Schiller
Schilling Schiltz Schimpl Schinagl Schindler Schinke Schinnerl Schintgen Schlager Schlatter
Schlauchin Schleich Schlesser Schlosser Schlögl Schlüter Schmid Schmidinger Schmidl Schmidt
Schmidtke Schmied Schmiedecke Schmiedt Schmit Schmitt Schmitz Schmuck Schmölzer Schnabl
Schneeberger Schneider Schnyder Schober Schoch Scholl Scholtes Scholtz Scholz Schomber Schon
Schott Schottin Schouten Schrader Schramm Schrammel Schranz Schreiber Schreiner Schrempf Schrenk
Schrittwieser Schroeder Schröder Schubert Schuchhardt Schuetz Schuh Schuler Schuller Schulte
Schulz Schulze Schumacher Schumann Schummer Schuster Schwab Schwaiger Schwaighofer Schwartz
Schwarz Schwarzinger Schwarzl Schweiger Schweighofer Schweitzer Schweizer Schwendinger Schwital
Schädler Schäfer Schär Schärer Schöberl Schöffmann Schöller Schön Schönauer Schönberger
Schönland Schöpf Schüler Schüller Schürch Schürmann Schütte Schütz Scott Seebacher Seeger
Segebahn Seidel Seidl Seifert Seil Seiler Seip Seiser Seitz Seiwald Sele Seleznev Selezneva
Semenko Semenov Semenova Semjonow Semjonowa Sen Senn Sergeev Sergeeva Serra Serrano Sezer Shah
Shaheen Shahin Shala Sharifi Sharma Sharov Sharova Shcherbakov Shcherbakova Shehu Sheikh Shen
Shestakov Shestakova Shevchenko Shevchuk Shilov Shilova Shimizu Shiryaev Shiryaeva Shubin
Siddiqui Sidler Sidorenko Sidorov Sidorova Siebenaler Sieber Sieberer Siebert Siegl Siegrist
Siering Sigl Sigrist Sikora Sikorska Sikorski Siller Silva Silvestri Simic Simić Simmons Simon
Simsek Singer Singh Sinner Skenderovic Skrijelj Smirnov Smirnova Smirnow Smirnowa Smit Smith
Snegirev Snegireva Soares Sobczak Sobolev Soboleva Sokolov Sokolova Sokolow Sokolowa Sokolowska
Sokolowski Sokołowska Sokołowski Solovyov Solovyova Sommer Song Sonmez Sonnleitner Sontag
Sorgatz Sorger Sorokin Sorokina Sorrentino Sousa Souza Spanos Speer Sperl Spiegl Spieß Spindler
Spitzer Spreitzer Sprenger Springer Spörri Stadelmann Stadlbauer Stadler Stahl Stahr Stalder
Stan Stanciu Stanekzai Stangl Stankovic Stanković Stark Staub Staudacher Staude Staudinger
Staudt Stauffer Stavropoulos Stecher Steckel Stefan Steffen Steger Steichen Steidl Steiger Stein
Steinacher Steinbacher Steinbauer Steinberg Steinberger Steinböck Steindl Steiner Steininger
Steinkellner Steinlechner Steinmann Steinmetz Steinwender Stelzer Stelzl Stepanov Stepanova
Stephan Stepien Stern Stettler Steuer Steurer Stewart Stey Stiebitz Stiegler Stiffel Stifter
Stock Stocker Stockhammer Stockinger Stoffel Stoiber Stoica Stojanovic Stojanović Stojkovic
Stojković Stoll Stoltz Stolz Stolze Stone Stoyanov Stoyanova Strasser Straub Strauss Strauß
Streicher Striebitz Strobl Stroh Strohmaier Strohmayer Strohmeier Stucki Studer Stummer Stumpf
Sturm Stutz Stöckl Stöckli Stöger Stückler Stütz Stępień Su Sukhanov Sukhanova Suleiman Sullivan
Sultani Sulzer Sun Suppan Suter Sutter Suvorov Suvorova Suzuki Szczepańska Szczepański Szewczyk
Szulc Szymanska Szymanski Szymańska Szymański Sánchez Säuberlich Söding Sölzer Sönmez Süßebier
Ta Taferner Taha Taheri Tahir Takahashi Tan Tanaka Tang Tanner Tanzer Tarasov Tarasova Tarassow
Tarassowa Tas Tauber Taucher Tavares Taylor Tazi Taş Teichrieb Teixeira Tekin Tekina Tekle Temel
Tesfaye Tessier Testa Teufl Textor Thai Thaler Thalhammer Thaller Thanel Thein Theis Theisen
Theodorou Thiel Thiele Thielen Thies Thiessen Thill Thilmany Thinnes Thiry Thoma Thomas Thommen
Thompson Thomsen Thurner Thöny Tian Tiefenbacher Tikhonov Tikhonova Timofeev Timofeeva Tintzmann
Tischler Titov Titova Tkachenko Tkachuk Tkatschenko Tlustek Tobler Todorov Todorova Todorovic
Todorović Toews Toma Tomaszewska Tomaszewski Tomic Tomić Ton Topal Toprak Torres Tosun Toth Tran
Traore Trapp Trattner Trauner Trausch Traxler Tretyakov Tretyakova Triantafyllou Trierweiler
Trimmel Trinh Trinkl Trofimov Trofimova Trommler Trub Trubin Trummer Truong Trupp Tröst Trüb
Trương Trần Trịnh Tsakiris Tschentscher Tsipras Tsvetkov Tsvetkova Tudor Tunc Tuncer Tunç Turan
Turk Turmes Turner Täsche Türk Tạ Ucar Uhl Ullmann Ullrich Ulrich Ulusoy Unal Unger Unlu Unruh
Unterberger Unterweger Urban Urbany Urbańska Urbański Uysal Uzun Uçar Valentini Varga Varoufakis
Vasileiou Vasiliev Vasilieva Vasseur Vasylenko Vazquez Veenstra Veit Verma Vermeulen Veselov
Veselova Vetter Vidal Vidovic Vidović Villa Vincent Vinogradov Vinogradova Visser Vitale Vitali
Vlachos Vlasenko Vlasov Vlasova Vo Vogel Vogl Vogler Vogt Voigt Volkov Volkova Vollbrecht
Vollmer Vorobyov Vorobyova Voronov Voronova Vorontsov Vorontsova Vos Voss Voß Vries Vu Vukovic
Vuković Vázquez Võ Vũ Wachter Wagener Wagenknecht Wagner Walch Walcher Walczak Walder Waldner
Walker Wall Wallace Wallner Walser Walsh Walter Walther Waltl Wampach Wandl Wang Wanger Wanjiru
Wantz Ward Wardak Warkentin Warkentina Warmer Wasilewska Wasilewski Wassiljew Wassiljewa
Watanabe Watson Weber Wechselberger Wegmann Wegscheider Wehrli Wei Weibel Weidinger Weidner
Weigel Weigl Weihmann Weiler Weimer Weinberger Weinhage Weinhold Weis Weiser Weisgerber Weiss
Weissenböck Weitzel Weiß Weller Wells Welsch Welter Wende Wendt Wenger Weninger Wenzel Wenzl
Wernecke Werner Wesack Westphal Wettstein Weydert Weyland Weyrich White Widhalm Widmann Widmer
Wiebe Wieczorek Wiedner Wiegand Wiek Wieland Wieloch Wiener Wies Wiesbauer Wiese Wieser
Wiesinger Wiesner Wijk Wild Wilfinger Wilhelm Wilk Wilke Will Wille Willems Williams Wilmes
Wilms Wilmsen Wilson Wiltzius Wimmer Winandy Windhager Windisch Winkelmann Winkler Winter Wirth
Wirtz Wirz Wisniewska Wisniewski Witkowska Witkowski Witt Wittmann Wiśniewska Wiśniewski
Wohlgemut Wohlmuth Wohlwend Wojciechowska Wojciechowski Wojcik Wolf Wolff Wolfinger Wolkow
Wolkowa Wolter Wolters Wood Wozniak Woźniak Wright Wrobel Wróbel Wróblewska Wróblewski Wu Wulf
Wulff Wunderlich Wurm Wurzer Wurzinger Wysocka Wysocki Wyss Wähner Wójcik Wögerbauer Wöhrer
Wüthrich Włodarczyk Xiao Xie Xu Yakovenko Yakovlev Yakovleva Yalcin Yalçın Yamada Yamaguchi
Yamamoto Yaman Yang Yao Yassin Yassina Yavuz Yazici Yazıcı Ye Yershov Yershova Yigit Yildirim
Yildiz Yilmaz Yiğit Yohannes Yoon Yoshida Young Yousef Youssef Yu Yuan Yucel Yudin Yuksel
Yurchenko Yücel Yüksel Yıldırım Yıldız Yılmaz Zach Zaharia Zaher Zahn Zaitsev Zaitseva Zajac
Zając Zakharov Zakharova Zakrzewska Zakrzewski Zalewska Zalewski Zander Zangerl Zare Zauner
Zawadzka Zawadzki Zbinden Zechmeister Zechner Zehetner Zehnder Zeiler Zeilinger Zeimes Zeimet
Zeiner Zeller Zeng Zengin Zenner Zenz Zeqiri Zervas Zettl Zhang Zhao Zhdanov Zhdanova Zheng Zhou
Zhu Zhukov Zhukova Zhuravlev Zhuravleva Zidan Ziegert Ziegler Zielinska Zielinski Zielińska
Zieliński Zimmer Zimmermann Zinchenko Zingg Zirme Zivkovic Ziółkowska Ziółkowski Zoabi Zobel
Zollinger Zorbach Zorn Zotter Zuev Zykov Zykova Zänker Zöchling Zöhrer Zürcher Álvarez Çakmak
Çakır Çelik Çetin Çetina Çiftçi Çınar Öhri Özbek Özcan Özdemir Özer Özgür Özkan Öztürk Ünal Ünlü
Đinh Đorđević Đukić Đặng Đỗ Şahin Şen Şimşek Šarić Živković
"""

# Further surnames from many countries.
SURNAMES_EXTRA = """
Aalto Aaltonen Aalts Aanei Aarden Aarts Aas Aasa Aasen Aasmäe Aavik Ababei Abad Abascal
Abatantuono Abate Abatzianis Abba Abbagnale Abbas Abbaslı Abbasov Abbasova Abbaszadə Abbott Abdi
Abdullaoğlu Abdullayeva Abdullazadə Abel Abella Abellán Aberhart Abičić Ablianitis Abragamovska
Abragamovski Abragamovskiy Abragamowska Abragamowski Abragamowskij Abrahamsen Abrahamsson
Abrahám Abrahámová Abramchuk Abramenko Abramović Abramow Abramowa Abramtschuk Abrego Abreu Abril
Accardo Acedo Acerbi Acero Acevedo Achberger Achbergerová Achison Acker Acosta Acuña Adadia
Adamchuk Adame Adamec Adamecová Adamenko Adamopoulos Adamopoulou Adamová Adamson Adamtschuk
Adelaar Ader Adinolfi Adkins Adolfsson Adriaansen Adriaensdr Adriaense Adriaensen Adriaenssens
Adryaens Adán Adžijević Aeby Aeije Aelftrud Aerts Aertsz Aetopoulos Afanasjev Afanasjew
Afanasjewa Afanasyev Afanasyeva Afroudakis Agafonow Agafonowa Agaliotis Agazzi Agkyropoulos
Agnesi Agnew Agostinelli Agostini Agrafioti Aguado Aguayo Agudo Aguilar Aguilera Aguiló Aguirre
Agullo Agustí Agustín Agyropoulos Ahearn Ahearne Ahern Aherne Ahlberg Ahlgren Ahlin Ahlqvist
Ahlström Ahmad Aho Ahokas Ahola Ahonen Ainsboro Airaksinen Aitken Ajello Akalidis Akar Akelis
Akgündüz Akimenko Akmačić Akriotis Akritidis Aksenow Aksenowa Aksu Akulenko Akça Akçay Alafakis
Alanen Alanko Alarcón Alas Alatalo Alatzakis Alba Alber Alberdi Albero Alberola Albert Albertini
Alberto Alboni Albu Albuquerque Alcala Alcalde Alcalá Alcaraz Alcolea Alcántar Alcántara Alcázar
Aldobrandi Aldridge Alegre Alegria Alejandro Aleksandrenko Aleksandrow Aleksandrowa Aleksejenko
Aleksejew Aleksejewa Alekseyenko Alekseyev Alekseyeva Aleksijtschuk Aleksiychuk Aleksjuk
Aleksovska Aleksovski Aleksowska Aleksowski Aleksyuk Alemannië Alemany Alemdar Alemán Alenburg
Alexander Alexandersson Alexandraki Alexandre Alexandridou Alexandropoulos Alexopoulos
Alexopoulou Alfaro Alfieri Alfonsi Alfonso Alfredsson Aliaga Alighieri Alković Alksne Alksnis
Allain Allan Allard Allas Allemanië Aller Allerby Allik Allis Allison Alm Almagià Almagro
Almansa Almanza Almaraz Almazán Almgren Almonte Almqvist Aloisio Alonso Alonzi Alonzo Alpaidis
Alsina Altamirano Altera Alva Alvarado Alve Alysandratou Amador Amaldi Amalrada Amanović Amaral
Amat Amaya Ambrasas Ambrožič Amidžić Amigó Ammaniti Amo Amor Amores Amorim Amorós Amstel
Amundsen Amygdalakis Ananiadou Anarqızı Anastasaki Anastasakis Anastasi Anastasiou
Anastasopoulos Anastopoulos Anaya Anda Anderberg Andersson Andonov Andonova Andonovska
Andonovski Andonow Andonowa Andonowska Andonowski Andrade Andrašek Andrašík Andrašíková
Andreanidis Andreasen Andreassen Andreasson Andrejko Andreotti Andreozzi Andres Andresen Andreu
Andrew Andrews Andreyev Andreyeva Andreyko Andrianos Andries Andrijašević Andrijenko Andrijević
Andrijewitsch Andrijischin Andrijischina Andrijowitsch Andrijtschuk Andrikopoulos Andriopoulos
Andriotis Andriychuk Andriyenko Andriyevich Andriyishin Andriyishina Andriyovich Androschtschuk
Androshchuk Androulakis Androulidakis Andrusenko Andrussenko Andráš Andrášik Andrášiková
Andrášová Andrén Andrés Anezaki Angelaki Angelakos Angeli Angelidis Angelidou Angelikas
Angelousopoulou Angiolello Anglada Anguiano Anguillara Anguissola Anguita Angulo Angus Anichini
Anissimov Anissimow Anissimowa Aničić Anjos Annsboro Annus Ansboro Ansems Antal Antalová
Antelami Anthony Antikainen Antić Antolković Anton Antonacci Antonaki Antonakos Antoneas
Antonelli Antonello Antonetti Antoniadis Antonini Antonioni Antonić Antonopoulos Antonow
Antonowa Antonsen Antonsson Antonucci Anttila Anttonen Antunes Antón Antúnez Aparecida Aparicio
Apine Apinis Apodaca Aponte Aporti Apostolakakis Apostolaki Apostolakis Apostolidis Apostolidou
Apostolopoulos Apostolov Apostolova Apostolow Apostolowa Appelman Apsīte Apsītis Arabatzis
Aragonés Aragão Aragón Aramburu Arana Aranda Arapaki Arapidou Arazlı Arce Archaki Archavlis
Archer Archimowitsch Archipenko Archipow Archipowa Archuleta Arco Arcos Ardelean Arellano Arenas
Arens Arent Arevalo Argan Argentero Argenti Argento Arguello Argurio Argyraki Argyriou Argyris
Argyropoulos Argyropoulou Arias Ariasso Ariens Arifcanov Ariosto Ariza Ariño Arjona Arkel
Arkhimovich Arkhipenko Armani Armas Armata Armellini Armendáriz Armengol Armenis Armenta
Armstrong Arnaiz Arnal Arnau Arnesen Arnott Arnsberg Aro Aroca Aronets Aronez Aronsson Arranz
Arredondo Arregui Arreola Arriaga Arribas Arrieta Arro Arroyo Arsenaki Arsenich Arsenitsch
Arsovska Arsovski Arsowska Arsowski Arsoy Arteaga Artemenko Artemjew Artemjewa Artemyev
Artemyeva Arthurs Artigas Artim Artimischin Artimischina Artimishin Artimishina Artimovich
Artimowitsch Artjuch Artjuschenko Arts Artyukh Artyushenko Aru Arula Arvidsson Arzulu Arévalo
Asaridis Asaula Aschascha Aschman Asenjo Asensio Ashe Ashley Ashman Ashton Asikainen
Asimakopoulos Asimopoulos Aslanidou Aslanova Asmundo Asouchidou Asp Asplund Asprucci
Assargiotaki Assaula Assche Assem Assunção Asten Atakişioğlu Atamanchuk Atamanjuk Atamantschuk
Atamanyuk Atanassow Atanassowa Atchison Athanasakis Athanasiadi Athanasiadou Athanasopoulos
Atienza Atkins Atkinson Atroschtschenko Atroshchenko Atsalaki Auger Augustsson Aulenti Aun Aune
Auniņa Auniņš Aus Austin Autio Auvinen Auwera Auziņa Auziņš Avagianos Avdeyev Avdeyeva
Avdyeyenko Averchenko Avery Avgoustis Avila Avilés Avogadro Avoirt Avotiņa Avotiņš Avrabeki
Avramchuk Avramenko Avramidis Avramidou Avramiotis Awdejew Awdejewa Awdjejenko Awertschenko
Awramenko Awramtschuk Axaopoulos Axelsson Axiotis Axundlu Axundov Axundova Axundzadə Ayala Ayers
Ayllón Aylward Ayuso Azcona Azevedo Azhazha Aznar Azorin Ağaoğlu Ağayeva Baalen Babak Babanlı
Babarichenko Babaritschenko Babati Babato Babayeva Babbo Babenko Babey Babi Babich Babichenko
Babij Babijtschuk Babitsch Babitschenko Babiy Babiychuk Babič Babjak Babjaková Babka Babko
Babʼjak Babʼjuk Babʼyak Babʼyuk Baca Backer Backlund Backman Bacosi Badan Badel Badillo Badoer
Badoglio Badía Baele Baelen Baena Baere Baert Baeten Baetens Baets Baeyens Baeza Bafera Bafiti
Baganas Baggio Baglioni Baharlı Bahena Bahna Bahno Bahnová Bahon Baird Bajamonti Bajan Bajardi
Bajc Bajda Bajdak Bajrak Bakke Bakken Baklan Baklavas Bakos Bakostergiou Bakouli Baksa Bakumenko
Bakıxanov Balaban Balabani Balachurow Balachurowa Balaguer Balakhurov Balakhurova Balanika
Balasi Balaskas Balatinac Balbi Balbo Balderas Baldick Baldwin Bale Bali Balinčić Balić Baljak
Balkanska Ball Balla Ballard Ballester Ballesteros Balli Balmat Balode Balodis Balog Balogh
Balotelli Baloukidis Baltagiannis Baltatzi Baltiņš Baltzis Balázs Baláž Balážová Ban Bandello
Bandera Bandeville Bandura Bandurka Baničević Banko Banks Bann Bannon Banovac Bantes Bantis
Banville Baptista Baquero Barabasch Barabash Barac Baracca Barajas Baranets Baranez Baranik
Baranka Baranková Barannik Baranová Baranow Baranowa Barać Barba Barbarigo Barbe Barber
Barberini Barbero Barberá Barbey Barbir Barbić Barbora Barbosa Barcaccia Barcella Barceló Barco
Barela Barents Barese Baresi Barešić Barillaro Barillon Barić Baričević Barišić Barker Barkouta
Barković Barlow Barman Barna Barnaba Barnett Barneville Baroffio Barok Baroková Barozzi Barr
Barracco Barragán Barral Barranco Barraza Barreda Barrena Barrera Barreto Barrett Barrientos
Barriga Barrio Barrios Barrnette Barron Barros Barroso Barry Barsanti Barta Bartels Bartlett
Bartley Bartoli Bartolomé Barton Bartovič Bartovičová Bartoš Bartošová Bartošík Bartošíková
Barušić Bary Barzini Baró Barón Bas Basadonna Basawlutschenko Baschpoltschenko Baschtan
Bashpolchenko Bashtan Basilewitsch Basilewska Basilewski Basilewskij Bass Bassett Bassi Basso
Bastiaanse Bastiaense Bastida Bataglia Batalla Batchelar Bates Batig Batista Batjuk Batlle
Batrac Batrnek Batsaki Battelli Battisti Baturinets Baturinez Batyuk Batzani Baudry Bautista
Bauwens Bauzà Bavaud Bave Baxter Bayda Baydak Bayo Bayona Bayrak Bayramov Bayón Bazavluchenko
Bazilevich Bazilevska Bazilevski Bazilevskiy Bazin Bazjak Bazzi Baños Bañuelos Bača Bačak Bačić
Bağırov Bağırova Baňa Baňas Baňasová Baňo Baša Bašić Baška Baško Bašková Bašnec Bašo Bašová
Beakey Beal Beale Bean Beard Beasley Beasty Beattie Beatty Beaumont Bebeschko Bebeshko Bebić
Beccaria Beccheria Becerra Bech Becht Beckers Bednár Bednárik Bednáriková Bednárová Bednář
Bednářová Bedrinov Bedrinova Bedrinow Bedrinowa Beeck Beeckman Beeckmans Beek Beekman Beernaert
Beernink Beffa Beggan Beggs Begley Begonja Beguin Begum Behan Beieren Beijring Beirn Beirne
Bejarano Beka Bekaert Bekakou Bekbergen Bekos Belda Belekou Beleschkowa Beletić Belezhkova
Beljajev Beljajew Beljajewa Beljakow Beljakowa Belle Bellemans Belletini Bellido Bello
Bellocchio Bellucci Bellò Belmans Belmonte Beloserow Beloserowa Beloussow Beloussowa Below
Belowa Belozerov Belozerova Belošević Belpere Belton Beltran Beltrán Belyayev Belyayeva Bembo
Benavent Benavente Benavides Benavídez Benet Benetou Beneš Benešová Bengtsson Benigni Benitez
Benito Benić Benjamin Bennet Benson Bentheim Bentley Benton Benussi Benítez Benčić Beourgeois
Beraković Beran Beranová Berbatiotis Berberat Beredimas Berends Berendse Berengario Berenguer
Beresford Bergant Bergdahl Berge Bergen Berggren Bergh Berghe Berghmans Bergin Bergkvist
Berglund Bergman Bergoglio Bergqvist Bergsten Bergstrand Bergström Bergvall Berkahn Berkel
Berkum Berlusconi Bermejo Bermingham Berminghim Bermudez Bermúdez Bernaards Bernad Bernal
Bernardini Bernardić Bernardová Bernat Bernetti Berney Bernicia Bernie Bernier Bernini Bernolák
Bernoláková Berntsen Berntsson Berrocal Berry Berrè Berríos Bersani Bertels Bertelsen Berthelot
Bertho Bertilsson Bertoli Bertolucci Bertoni Bertoša Bertrán Bervoets Beránek Beránková Besançon
Besborodko Besditko Besençon Besnard Bespalov Bespalova Bespalow Bespalowa Besse Best Besyri
Bettin Bettoni Beuchat Beuret Beurret Bevan Bevc Bevilacqua Bevz Bevzenko Bews Bewsenko Beyens
Bezborodko Bezditko Bezemer Bezić Bezjak Bezák Bezáková Beňa Beňo Beňová Beňuš Beňuška Beňušková
Beňušová Bgidenko Biagi Biagiotti Bianchini Bibi Bibika Bibiri Bicek Biceková Bie Bielik
Bieliková Bierstraten Biesenbos Biesty Biezenbos Bignami Bignardi Bigot Bijelić Bijlsma Bika
Bilbao Bilek Bileková Bilge Bilir Bilka Bilko Bilková Billas Billung Binaghi Bingula Birch Bird
Birjukow Birjukowa Birkeland Birkić Birmingham Birtić Biryukov Biryukova Birzniece Birznieks
Biró Bishell Bishop Bite Bixio Bizjak Bićanić Bičak Bičanić Bjeliš Björk Björklund Björkman
Blaak Blackburn Blackwell Blagaić Blaha Blaho Blahová Blair Blake Blanas Blanca Blanch Blanche
Blanchet Blanes Blankenship Blasco Blasi Blatnik Blazquez Blažej Blažejová Blažek Blažič
Blažičko Blažková Blees Bleijenberg Blevins Blewanus Bliatsiou Blick Blin Blinow Blinowa Blixt
Blochin Blochina Bloemendaal Blokhin Blokhina Blokland Blom Blomberg Blomgren Blomkvist
Blommaert Blomme Blomqvist Blondeel Blondel Blonk Blot Bláha Bláhová Blázquez Boada Boaga Boban
Bobanović Bobev Bobeva Bobew Bobewa Bobrow Bobrowa Bobula Bobulová Bobuľa Bobuľová Bobylev
Bobyleva Bobylew Bobylewa Bocca Boccaccio Boccherini Boccioni Bocelli Bochud Boddaugh Bodin
Bodkin Bodnár Bodoni Bodurov Bodurova Bodurow Bodurowa Boechat Boeck Boeckx Boer Boers Boeser
Boetet Boezio Bofos Bogadi Bogaert Bogaerts Bogan Bogdan Bogdanow Bogdanowa Bogdán Bognár
Bogović Bohan Bohlin Bohman Boiardo Boichat Boillat Boitani Boito Boix Bojadschijew
Bojadschijewa Bojadzhiyev Bojadzhiyeva Bojanić Boland Bolaños Boldù Boles Bolger Bolin Boljkovac
Bolkesteijn Bollen Bolschakow Bolschakowa Bolton Bolčević Boman Bombieri Bompiani Bonanno Bonar
Bonatti Bonaventura Bond Bondra Bondrová Bondt Bondumier Boneli Boner Bones Bonet Bongiorno
Boniface Bonilla Bonino Bonneau Bonner Bonnin Bonolis Bonomo Bont Bonte Bonvin Bonvini Booden
Boogaerts Booker Boon Boone Boonen Booth Borak Borbély Borek Boreková Boreland Borg Borges
Borghese Borgia Borgström Borik Boriková Boris Borisová Borissov Borissow Borissowa Boriš
Borišová Borja Borka Borko Borková Borland Borman Borojević Boros Borovský Borový Borošak
Borrani Borrego Borrell Borremans Borromeo Borromini Borroni Borrás Borsellino Borsiere Borzomì
Borík Boríková Bosch Bosilj Bosio Bosmans Bossche Bossi Bossuyt Boström Bosurgi Bosák Bosáková
Botella Botello Botham Botica Botis Botić Botonis Botsolis Botta Bottaro Botteron Botticelli
Bottigliero Botza Botziori Bou Bouckaert Boudewijns Bouhuizen Boukos Boulay Boulogne Bouloukos
Bourdon Bourgondië Bourke Bourlis Bourquard Bourquin Bousios Bousquet Bouthoorn Boutin Bouvet
Bouwhuisen Bouza Bova Boven Bovene Bovenen Bovet Bowater Bowden Bowe Bowen Bowers Bowler Bowles
Bowman Boyce Boyd Boylan Boyle Boyse Boziki Bozikis Boška Bošnjak Bošnjaković Bošňák Bošňáková
Božanić Božanović Božiković Božič Božičević Božičković Bracke Bradden Bradford Bradić Bradley
Bradshaw Brady Braem Braesa Bragadin Bragaglia Bragin Bragina Bragt Brahier Brajković Bralić
Bramante Brambilla Branaola Brancaccio Branch Branciforte Branco Brande Brandić Brandon Brands
Brankov Brankova Branković Brankow Brankowa Brannelly Brassil Bratuchtschew Bratuchtschewa
Bratukhchev Bratukhcheva Bravo Bray Braziotis Bračun Brborkov Brborkova Brborkow Brborkowa Brcko
Bree Breen Bregar Breheny Brekke Brenen Brenna Bresciani Breslin Bresnehan Bresse Bresé Brett
Breugel Breugelensis Breugelmans Breukeleveen Breukelveen Brewer Brezina Brezinová Brezjan
Breznik Briand Briccialdi Brichese Brick Bridge Bridges Bridson Briede Briedis Briel Brien
Briere Brievingh Briggs Bright Brink Briody Briones Brisee Briseño Brislane Brito Britvec Brizee
Brlas Brlek Brletić Broberg Brock Broderick Brodin Brody Broeck Broeckx Broeders Broek
Broekhoven Broeshart Brogan Broggini Brolin Broman Bronder Brookes Brophy Broquet Broschi
Brosnan Broughan Brouwers Brouzou Browne Browning Broy Brož Brožová Bru Bruce Bruchem Bruen
Bruggeman Brugman Brugnaro Bruijn Bruijne Bruin Brumleve Bruneau Bruneel Brunel Brunelleschi
Brunello Brunovská Brunovský Brunswijk Bruscantini Bruton Bruun Bruycker Bruyn Bruyne Bruyninckx
Bruynzeels Bruška Bruško Brušková Bryan Bryant Bryson Brännström Buchanan Buck Buckley Bud Budai
Budaqlı Buelens Buendía Bueno Bugnon Buick Buijs Buisson Bujard Bukovec Bukovská Bukovský Bukvić
Buljan Bull Bullock Bulzoni Bumov Bumova Bumow Bumowa Bungić Bunić Bunschoten Bunčić Buonauro
Burcardo Burch Burchanlarska Burchanlarski Burchill Bureš Burešová Burgess Burgos Burić Burke
Burkhanlarska Burkhanlarski Burman Burnett Burns Burov Burova Burow Burowa Burr Burrell Burrows
Burt Burton Burčul Buršić Buscetta Bush Busoni Busquets Bustamante Bustos Butcher Butković
Butkus Butselaar Buttimer Buttimore Buuren Buyse Buysse Buytelaar Buzov Bučanac Bučar Bušljeta
Bykow Bykowa Bylund Byrd Byrnes Byrou Byström Báez Bálint Bán Bánová Bárcena Bárta Bártová
Bäckman Bäckström Bègue Béguelin Bétancourt Bílek Bílková Bórik Bóriková Bôrik Bôriková Bõstrov
Bökenkamp Börjesson Bøe Bünyadzadə Bērziņa Bērziņš Bəşiroğlu Caballero Cabanillas Cabañas
Cabbarlı Cabello Cabeza Cabezas Cabibbo Cabo Caboto Cabrera Cabrero Cabrini Cabán Caccianemico
Caccioppoli Cadden Caddow Cadefau Cadena Cadenas Cadogan Cadorna Caetani Cafarchia Caffarelli
Cafferkey Cafferky Cafferty Caffrey Cafuk Cagney Cagnin Cagnotto Cahalane Cahill Cahillane Cahir
Cain Caine Cainero Cairn Cairns Caironi Cal Calarco Calatayud Calbo Caldeira Caldera Calderon
Calderón Caldwell Calgari Calhoun Callaghan Callahan Callan Callanan Callebaut Callegari
Callegaro Calleja Callens Callewaert Calligan Callinan Cally Calvet Calvey Calvillo Calvo
Calzada Camacho Camalov Camanni Camargo Camarillo Cameron Camicione Camilleri Camino Camiscione
Cammarata Cammel Camp Campanella Campano Campenhout Campillo Campise Campo Campos Campoy Camps
Camuccini Camus Canales Canali Canals Canavan Candaux Candelaria Canet Canetta Canevascini Canil
Cannan Canniffe Canning Cannizzaro Cannon Canny Cano Canova Cant Cantero Cantimori Cantrell
Cantu Cantwell Cantón Cantú Caparrós Capdevila Capecchi Capek Capeková Capka Capko Capková
Caplis Capone Cappelli Capples Capua Capuana Car Caraballo Caracciolo Carbajal Carbajo Carballo
Carbery Carbonell Carbó Cardano Cardenas Cardona Carducci Carey Carfagna Carić Carlberg Carleton
Carley Carli Carlin Carlos Carlsen Carlson Carlsson Carmody Carmona Carneiro Carnera Carnero
Carney Carnotte Caro Carocci Carolan Carosone Carpaccio Carpenter Carpio Carr Carragher Carranza
Carrasco Carraud Carraux Carrera Carreras Carrero Carretero Carreño Carreón Carriera Carrig
Carrigan Carrigy Carrillo Carrión Carro Carroll Carron Carry Carson Carthy Carton Cartwright
Carty Carullo Carvajal Carville Casa Casadei Casado Casagrande Casal Casale Casaleggio Casalodi
Casals Casanova Casanovas Casares Casarin Casas Case Casellati Cases Casey Cashen Cashman Casier
Casillas Casini Cassarà Cassen Casserley Casserly Cassiano Cassidy Cassin Castaneda Castañeda
Castejón Casteleyn Castell Castellanos Castelli Castellitto Castells Castelló Castiglione
Castilla Castillo Castioni Castrillo Casárez Catalano Catalá Catalán Catenazzi Cattigan Cattin
Cauley Caulfield Caune Cavalcante Cavalcanti Cavanagh Cavanna Cavazos Cawley Cazares Cazorla
Cañas Cañellas Cañete Cañizares Ceballos Ceci Cedillo Ceja Celentano Celis Celma Celmiņa Celmiņš
Celms Cendron Centek Centeková Centeno Cepeda Cerar Ceravolo Cerdá Cerdán Cerezo Ceri
Cerquiglini Cerro Cerutti Cervantes Cervera Cervántez Cesaroni Cesarotti Ceschi Cesnak Cesnaková
Cestarić Ceulemans Ceuppens Chaban Chachoudis Chacón Chadwick Chala Chalantzouka Chalatsis
Chalenko Chali Chaliy Chalkidou Chalupka Chalupková Chalvatzi Chamalidou Chamberlain Chambers
Chamorro Chan Chandler Chaney Chang Chanliyeva Chantabi Chantzi Chapa Chaparro Chapman Chappuis
Chapuis Charalabidis Charalabidou Charalabous Charbilas Charisiadis Charitonow Charitonowa
Charlton Charnish Charon Charpantidis Charpié Charrier Charteros Chartier Chartschenko Chasapi
Chase Chatriand Chatriant Chatzantonis Chatzellis Chatzi Chatziaras Chatzicharistou Chatzidaki
Chatzifoti Chatzigeorgiou Chatzigrigorakis Chatzikyrkos Chatzimichail Chatzisavvas
Chatzisavvidis Chatzistavrakis Chatzivlasiou Chatzopoulos Chaudet Chauveau Chauvet Chavarría
Chaves Chavez Chavredakis Chayka Checa Chechi Cheda Chekalyuk Chelios Chenaux Cherednik Cherinko
Chernenko Cherry Cherubini Chervonenko Chetrafilska Chetrafilski Chevalley Chevresson Chevrolet
Chiappetta Chiaramonte Chico Chiesa Chigi Chindamo Ching Chinnici Chiotidou Chitos Chittolini
Chmara Chmil Chochlow Chochlowa Choleva Chomenko Chomik Chondrolidis Chondroudi Chontzia Chopard
Chorianopoulou Chorinou Chorischko Chornovil Chorozi Chortatou Chotzen Chouchoulis Choudalakis
Chouliaras Chountis Chourzamani Chovan Chovanec Chovanecová Chovanová Chrappa Chrappová
Christakis Christakopoulos Christaras Christenko Christensen Christiaens Christian Christie
Christitsch Christodoulakis Christoffersen Christofori Christogianni Christopher Christopoulos
Christopoulou Christow Christowa Chrodtrud Chronopoulos Chronopoulou Chrysafi Chrysanthakopoulou
Chrysidis Chrysikaki Chrysikos Chrysoulis Chrysovergis Chrétien Chubay Chudjak Chudobʼjak Chudík
Chudíková Chukchukov Chukchukova Chukov Chukova Chulev Chuleva Chumachenko Chumak Chung
Chupetlovska Chuprina Church Chuturkov Chuturkova Chuyko Chwrtschilkow Chwrtschilkowa Chávez
Ciampi Cianciolo Ciani Cibin Cibula Cibulka Cibulová Cibuľa Cibuľka Cibuľková Cicala Cicilia Cid
Cifuentes Ciganović Cignaroli Cigán Cigánik Cigániková Cigánová Cigáň Cigáňová Cik Cilea
Cilibrasi Cimarosa Cimini Cindrić Cintrón Cipolla Cirino Cisneros Civaschi Claassen Claes
Claesdr Claesen Claesner Claessens Claesson Claeys Clafferty Claffey Clair Clancy Clare Claridge
Clarke Classon Claus Clausen Clavero Clavin Clay Clayton Clear Cleary Clemente Clements
Clenaghan Clerc Clerck Clercq Clerkin Clery Clifford Cline Clinten Clinton Clogherty Cloherty
Clohessey Clohessy Cloney Cloonan Cloone Clooney Clootwijck Clune Clunies-Ross Clément Coady
Coakley Coardi Coates Cobb Cobo Cobos Coca Cocci Cochran Cociarelli Cock Codina Cody Coelho
Coello Coen Coene Coenen Coffey Cogan Cogley Cohalan Cohen Coholan Coigny Colas Cole Coles Coley
Colfer Colgan Colhoun Colić Coll Collado Collazo Collen Colleneler Colleran Colletti Colley
Collier Colligan Collinder Collis Collodi Colly Colman Colom Coloma Colomer Colon Colpaert
Colreavy Colum Columbo Colunga Colón Comas Comber Combi Comboni Combre Combs Comencini Comer
Comerford Comeriato Comisky Comisso Comman Comment Commins Comolli Company Compton Comte Comyn
Conaty Conboy Concannon Conceição Concepción Conde Condoleo Condon Condren Condron Conefrey
Conesa Coninck Conlan Conley Conlon Conmee Conmy Connachton Connaghy Connaughton Conneeley
Conneely Connell Connellan Connelly Conner Connery Connole Connolly Connor Connors Conole Conree
Conroy Conry Considine Contarini Contrafatto Contreras Convey Conway Conwell Coogan Cooke
Cooksley Coolahan Coolen Cooley Cools Coonan Cooney Copeland Coppens Corbacho Corbat Corbett
Corbo Corboz Corcoran Corcos Cordero Cordova Corduff Coredo Coret Coret-Coredo Coreth Corish
Corkery Corless Corlett Corley Cormack Cormican Cormick Cormy Cornejo Cornelis Cornelisse
Cornelissen Cornelisz Cornut Cornuz Corominas Corona Coronado Corpataux Corput Corr Corra
Corradi Corral Corrales Correa Correr Corridan Corrigan Corry Corstiaens Cortes Cortese Cortez
Cortina Cortés Cosandey Cosendey Cosgrave Cosgrove Cosman Cossiga Cossy Costalonga Costanzi
Coste Costela Costello Costelloe Coster Costigan Coterlet Cotter Cotto Coughlan Coulon Counihan
Courcey Cournane Courtenay Courtier Courtney Courtois Courvoisier Cousins Coutts Couturier
Covarrubias Cowan Cowely Cowen Cowley Coyle Coyne Cragg Crahan Craig Craine Crampsey Crampsie
Crane Crangle Cranley Cranly Craven Craw Crawford Crawley Crean Creed Creedon Cregan Crehan
Cremin Cremonesi Crespi Crespo Cresswell Cretton Crevar Crevoisier Criado Cribbons Crilly
Crimmins Crinion Crisafulli Crispi Cristea Cristoforetti Crivelli Crneković Crnković Croad Croal
Crohan Crolly Cronelly Cronin Cronly Crosbie Crosby Cross Crossan Crota Crotty Crowe Crowley
Crudden Cruise Cryan Crúz Csonka Cuadrado Cuda Cuddihy Cuellar Cuenca Cuervo Cuesta Cueto Cuevas
Cuffe Cugia Cuijck Cukon Culhane Culi Cullen Culligan Cullinan Cullinane Culloty Cully Cumiskey
Cumisky Cumming Cummings Cummins Cummiskey Cummisky Cundari Cunha Cunnane Cunneen Cunningham
Cunny Cuomo Curatoli Curci Curdy Curiel Curley Curnane Curneen Curnyn Curran Currie Curry Curtin
Curtis Cusack Cusano Cutrufo Cutuli Cuvarlı Cuyper Cuypers Cuyvers Cuzzocrea Cuéllar Cvenić
Cvetko Cvetković Cvetnić Cvitan Cvrtila Cyprich Cyprichová Cáceres Cámara Cánovas Cárdenas
Câmara Céspedes Cíger Cígerová Córdoba Córdova Cózar Cīrule Cīrulis Cəbrayılov Cəfərova
Cəfəroğlu Cəfərzadə Daal Dabo Dachev Dacheva Dachgelder Dachgeldt Dachgelt Dachno Daele Daems
Dafni Dagli Dagsburg Dahlberg Dahlgren Dahlin Dahlqvist Dahlström Dahlén Daiken Daikou Dakanalis
Dakhno Dale Dalem Dalla Dallapé Dallara Dalmau Dalton Daly Dalziel Damala Damatopoulou Damijanić
Damilou Damjanović Damjanovska Damjanovski Damjanowska Damjanowski Damme Danaher Danchenko
Danchuk Dancák Dancáková Dandanidou Dandanov Dandanova Dandanow Dandanowa Dandolo Dane Danek
Daneková Danelis Danezis Daniels Danielsen Danielsson Daniilidis Danilchuk Danilenko Daniljuk
Danilow Danilowa Daniltschuk Danilyuk Dankevich Dankewitsch Dankiv Dankiw Danko Danková Dano
Danová Dantschenko Dantschuk Dančiak Dančiaková Dančák Dančáková Daragan Daras Darcy Dardel
Dardioti Dargan Darmody Darnau Darojković Darsakli Daschenko Daschkewitsch Dasey Dashenko
Dashkevich Datschew Datschewa Datsenko Datsyuk Daugherty Dautanec Dautović Davenport Davern
Davey David Davidenko Davidson Davidsson Davies Davila Davimuka Davin Davison Davitt Davoren
Davy Davõdov Daw Dawick Dawidenko Dawimuka Dawson Dawydow Dawydowa Day Daza Dazenko Dazjuk Dağlı
Daňa Daňko Daňková Daňo Daňová Deacon Deacy Deady Dean Deane Dease Deasy Deaueroux Debelić
Debeljak Debnár Debnárová Debruyne Deceuninck Deckers Declerck Declercq Decock Deconinck
Decoster Dedoukou Dee Deegadan Deegan Deehan Deeley Deely Deeney Deeny Deere Deery Degroote
Degryse Deigan Deignan Dej Dejneka Dejneko Dejonghe Dejsun Dekeyser Dekýš Dekýšová Delacruz
Deladoëy Delaere Delahaye Delahunty Delaney Delannoy Delap Delargy Delattre Deledda Deleon Deleu
Delgadillo Deli Delios Delle Dellucci Delmas Delorme Deloughrey Deloughry Delèze Deman Dementjew
Dementjewa Dementyev Dementyeva Demeulenaere Demeyer Demeyere Demidenko Demirel Demmendaal
Dempsey Demuynck Demšar Demʼjanenko Demʼjanjuk Demʼjantschuk Demʼyanchuk Demʼyanenko Demʼyanyuk
Denihan Denison Denissov Denissow Denissowa Dennehy Dennenberg Denning Dennis Denny Denys Depero
Depoorter Deprez Depuydt Deregus Derevʼyanko Derewʼjanko Derežić Dergach Dergatsch Derjaschna
Derjaschni Derjaschnij Derkach Derkatsch Derlopa Dermitzakis Dermody Dermott Derrig Deryazhna
Deryazhni Deryazhniy Derycke Descamps Deschanowska Deschanowski Deshanovska Deshanovski
Deshusses Desio Desmedt Desmet Desmond Dessel Desyllas Detti Devally Devane Devaney Devanney
Devaux Devdyuk Devenney Dever Devereaux Devereux Devery Devečka Devečková Devilly Devin Devine
Devitt Devlin Devolder Devos Devoy Devriendt Dewaele Dewdjuk Dewilde Dewitte Dewulf Deyneka
Deyneko Deysun Deák Deáková Deže Dhondt Diaconescu Diaconu Diakakis Diakoumi Diamantis
Diamantopoulou Dibiasi Dick Dickerson Dickey Dickie Dickinson Dickson Didier Didović Die Diego
Dierckx Dierick Dierickx Diesbach Diesbergen Diez Diffin Diffley Digas Diggin Diggins Digkas
Dignan Dijck Dijkman Dijkstra Dijoux Dillane Dillen Dillon Dima Dimakogianni Dimiskis Dimitrelou
Dimitriadou Dimitrijew Dimitrijewa Dimitriyev Dimitriyeva Dimitropoulos Dimopoulou Dimou
Dimovelis Dimovska Dimovski Dimowska Dimowski Dimtsoudi Dinan Dineen Dinezakis Dinneen Diopoulou
Dircken Dirksen Dirrane Dirven Disdero Diskin Divenney Diver Divine Diviney Dixon Dizdar Diéguez
Djatschkow Djatschkowa Dmitrijew Dmitrijewa Dmitriyev Dmitriyeva Dobbelaere Dobbin Dobbins Dobre
Dobrić Dobson Dobšinská Dobšinský Dochioiu Dockx Dodd Dodson Doe Doesburg Dogherty Doglioni
Doherty Dokkum Dokova Dokowa Dolan Dolenc Doležal Doležalová Dolinar Dolinšek Dolić Domingo
Domingues Dominguez Dominiković Dominković Dommelen Doménech Donagher Donaire Donald Donaldson
Donarelli Donatoni Donegan Donev Doneva Donew Donewa Dongen Donini Donlon Donnan Donnell
Donnellan Donnelly Donoghue Donohoe Donohue Donoso Donovan Donà Dončević Doody Dooey Doogan
Doohan Doolan Dooley Dooren Doorhof Doorn Doornhem Doorty Dora Doran Dordan Dore Dorgan Dori
Doria Dorka Dorko Dorková Dornan Dorofejew Dorofejewa Dorofeyev Dorofeyeva Doronin Doronina
Dorot Dorota Dorotová Dorová Dorrian Dorsey Dorsman Dosis Dossetti Dossi Dostál Dostálová
Dotsenko Doudigan Dougherty Douglas Doukas Doukatzis Doukidou Doulami Doulamis Doulgeraki
Doulgerakis Douloufaki Doumas Dounis Douranis Douvali Douvikas Douvropoulos Dovara Dovas Dowd
Dower Dowey Dowley Dowling Downes Downey Downing Downs Dozenko Dočolomanská Dočolomanský
Draaisma Draghi Dragičević Dragobratović Dragojević Drajna Drajnová Drakaki Drakakis Drake
Drakopoulos Drakouli Drakulić Dramountani Drandić Draziotis Dražić Drennan Drenthe Dretvić Drew
Drian Dries Driesen Driessche Driessen Drischlow Drischlowa Driscoll Drishlov Drishlova Driva
Drobacha Drobakha Drobná Drobný Drobʼjasko Drobʼyazko Drohan Droney Droppa Droppová Drosd
Drosdenko Drosdow Drosdowa Drosou Drotár Drotárová Droulias Droz Drozd Drozdenko Drum Drumm
Drummond Drummy Druso Drymalitou Drysdale Dschogow Dschogowa Dschun Dschus Dsesow Dsesowa
Dsindra Dsjuba Duane Dubas Dubenko Dubey Dubina Dubnička Dubovečak Dubovská Dubovský Dudeková
Dudik Dudka Dudko Dudková Dudley Dudo Dudok Dudoková Dudová Dudás Dudík Dudíková Dueñas Duff
Duffin Duffy Duggan Duhamel Duhig Duhy Duignan Duivenvoorde Duivenvoorden Dujmović Duke Dukić
Dula Dulbecco Dulla Dullová Dulohery Dulová Dumanlı Dumitrescu Duncan Dunford Dungan Dunlap
Dunleavey Dunleavy Dunn Dunning Dunny Dunphy Dunworth Duodo Dupli Duplij Dupliy Dupré Duque
Duran Durante Durdinets Durdinez Durdu Durdík Durdíková Durham Durkan Durkin Durlovska Durlovski
Durlowska Durlowski Durmuş Durnan Durnin Durning Duroux Durrihy Durán Duse Duska Dusko Dusková
Dusík Dusíková Dutka Dutko Dutková Duvanel Duvančić Duvenvoirde Duyvenvoorde Duša Dušek Dušeková
Dušička Dušičková Duška Duško Dušková Dušová Dvojak Dvonč Dvončová Dvorská Dvorský Dvořák
Dvořáková Dwane Dwyer Dyachkov Dyachkova Dyer Dzene Dzenis Dzezov Dzezova Dzhogov Dzhogova Dzhun
Dzhus Dzindra Dzurjanin Dzurjaninová Dzyuba Dán Dánová Dávid Dávidová Dávila Délèze Díez Dúška
Dūmiņa Dūmiņš Džapo Dəmirbəyli Earl Earle Early Eaton Eboropoulos Echevarría Echeverría Eck
Eckhardt Eco Edberg Eden Edin Edlund Edman Edmonds Edström Edvardsen Edvardsson Eeckhout Eelman
Eerden Eerenbeemt Eftimie Egan Egea Egisheim Eglinton Eglīte Eglītis Eide Eijkelboom Eijndhoven
Eijssel Einarsson Einaudi Eivers Ek Ekberg Ekdahl Ekelund Ekholm Eklund Eklöf Ekman Ekstrand
Ekström Elatlı Elberts Elbertse Elder Elevtheriou Eliassen Eliasson Elizondo Ellery Ellingsen
Elliot Elliott Ellison Elo Elofsson Eloranta Elorza Elsemulder Elsenaar Elwood Elzas Elías
Emanuelli Emanuelsson Embden Emilsson Eminov Emmanouil Emmanouilidou Emmelen Emmen Emo Endrizzi
Ene Engberg Engdahl Engeland Engelen Engels Engen English Englund Engman Engström Engvall Ennis
Enotiadi Enright Enríquez Enschot Epsimos Eraslan Erceg Ercegović Ergotić Ergül Erhout Erickson
Ericson Ericsson Erik Eriksen Eriksson Erjavec Erkkilä Erlandsson Erm Ernits Eronen Errani
Errigo Ertaş Erve Ervin Ervine Eršek Eržen Es Escalante Escalona Escamilla Escobar Escobedo
Escolano Escribano Escrivá Escudero Eskelinen Eskola Espada Esparza España Español Espejo
Esperidis Espinal Espino Espinosa Espinoza Esquibel Esquivel Esson Este Esteban Estes Esteve
Esteves Estevez Estey Estrada Estévez Eterović Eustace Evangelaki Evangelatos Evangelidi
Evangelinos Evelingen Evensen Everaert Everde Everett Evers Everts Evkarpidis Evoy Evrard
Evstratopoulos Evtaxias Evéquoz Ewart Ewing Exposito Expósito Eynde Eyvazalı Eyvazlı Fabianová
Fabijanić Fabián Fabiánová Fabra Fabregat Fabrizi Fabuš Fabušová Fadden Fadejew Fadejewa Fadeyev
Fadeyeva Fadian Faes Fagan Fagerström Faggiani Fagiani Fagotto Faherty Fahey Fahy Fair Fairhall
Faivre Fajardo Fajnor Fajnorová Falcone Falcó Falcón Falier Falieros Falk Fall Fallaci Fallon
Falloppio Falvey Fannin Fanning Fannon Fanourgakis Fantini Fantoni Fantozzi Fanucci Faragó
Faranda Farell Farenjuk Farenyuk Faria Farias Farinelli Farkašovská Farkašovský Farland Farley
Farmaki Farmer Farnan Farnese Farnon Farragher Farrell Farrelly Farren Farrissey Farrissy Farry
Farré Fartuschnjak Fartushnyak Farías Fasataki Fasouli Fasoulidou Fastenko Fattori Faugno
Faulkner Faull Faure Favata Favvata Fay Fazekas Fašiang Fašiangová Fealy Fearon Fechant Federici
Federico Fedor Fedorová Fedorow Fedorowa Fedoseyev Fedoseyeva Fedossejew Fedossejewa Fedotow
Fedotowa Fee Feehan Feeley Feely Feeney Feenstra Feeny Fegan Fehan Fehilly Fehér Feideropoulos
Feighery Feijoo Feizatidou Fekete Felban Feldek Feldeková Feliciano Feliu Feltzer Fenelon
Fenerov Fenerova Fenerow Fenerowa Fenighty Fenlon Fennell Fennelly Fennessey Fenning Fenton
Ferenac Ferentinos Fergus Ferguson Ferm Fermi Ferrabosco Ferragamo Ferragni Ferran Ferrand
Ferrando Ferrante Ferraris Ferrata Ferrazzi Ferrell Ferrer Ferrera Ferreras Ferrero Ferris
Ferriter Ferrucci Ferry Ferrán Ferrández Ferrándiz Fesenko Fessenko Feys Fiala Fialová Fibonacci
Ficino Fico Ficová Fidani Field Fielding Fields Fieramosca Fiere Fierens Fierro Figueiredo
Figueras Figueroa Figuerola Fikrətoğlu Filangieri Filar Filatov Filatova Filatow Filatowa Filban
Filbin Filc Filcová Filiagkou Filiagou Filip Filipek Filipeková Filipenko Filipič Filipko
Filipková Filipová Filippakis Filippatos Filippelli Filippini Filippopoulos Filippou Filippow
Filippowa Filipčić Filka Filogamo Filzi Filípek Filípeková Finan Finch Findlay Finegan Finetti
Finka Finková Finlay Finley Finn Finnegan Finneran Finnerty Finnucane Finotto Finucane Finzi
Fiol Fioravanti Fiorucci Fischetti Fittipaldi Fitzgibbon Fitzgibbons Fitzmartin Fitzmaurice
Fitzpatrick Fitzsimmons Fitzsimons Fišer Fišerová Fjodorov Flaas Flaherty Flahive Flaiano
Flanagan Flannagan Flannelly Flannery Flaski Flatley Flavin Fleche Flego Fleming Fletcher Flink
Flinn Floch Flood Flor Florio Flowers Floyd Flynn Flórez Fo Foa Foconi Fodor Fogarty Fogazzaro
Fogaça Fogaš Fogašová Fokadelis Fokas Fokin Fokina Folan Folch Foletti Foley Folia Folkesson
Folliero Fomenko Fomichev Fomicheva Fomina Fomitschew Fomitschewa Fonjallaz Fonseca Font Foody
Foot Foote Foran Forbes Forde Forgáč Forgáčová Forjan Forkin Formbach Fornaciari Forrest Fors
Forsberg Forsell Forsgren Forslund Forsman Forsyth Fortuny Fortuyn Forza Foscari Fotakopoulou
Fotiadou Fotoglidis Fotopoulos Foucher Fountzoulas Fouquet Fourkioti Fousiekis Fouskas
Foutsitzis Fowler Fox Foy Foyle Foà Fracci Fragiadaki Fragkiadaki Fragkopoulos Fragkoudaki
Fragopoulos Fragoudaki Fraher Frances Franceschi Franch Franchuk Francillon Francis Francisco
Franco Frandsen Franek Franeková Franić Franičević Franjić Franka Frankhuizen Franklin Franko
Franková Frano Franová Franscini Fransen Fransson Frantschuk Frantzis Franušić Franzese Franzén
François Françoise Fras Fraser Frawley Frazier Fraňa Fraňo Fraňová Fraňvá Freaney Frederick
Frederiksen Fredriks Fredriksen Fredriksson Freeley Freely Freeman Freeney Freeth Freil Freitas
Fremie French Frerichs Frescobaldi Fresh Freshour Friberg Frid Friedman Friehus Friel Friis
Frimer Frimerová Frisk Friščić Frketić Frogakis Frolow Frolowa Fronimaki Frost Frutos Fry Frye
Frías Ftorek Ftoreková Ftáčnik Ftáčniková Fuente Fuentes Fuertes Fuller Fulton Funnell Furda
Furey Furlan Furness Furs Fusani Fuseli Fuster Fuček Fydanis Fyfe Fytili Fábián Fábregas Fülöp
Fırat Fərəcov Gabaldón Gabba Gabbana Gabelko Gabrieli Gabrielsson Gabrovliyeva Gabrowlijewa
Gabud Gadda Gaffney Gaggini Gagliano Gagliardi Gagys Gahan Gaiatto Gailius Gailys Gaine Gaines
Gainey Gaito Gaitán Gaičiūnas Gaižauskas Gajda Gajdabura Gajdaj Gajdamaka Gajdenko Gajewskij
Gajworonska Gajworonski Gajworonskij Galagan Galan Galanaki Galani Galanopoulou Galarza
Galatoulas Galdikas Galeati Galenzone Galešić Galiano Galiazzo Galijn Galik Galiková Galilei
Galindo Galić Gallaher Galland Gallardo Gallart Galle Gallego Gallegos Gallen Gallet Galligan
Gallivan Gallogly Galloway Galović Galtarossa Galuppi Galvan Galvani Galvez Galvin Galván Galán
Galík Galíková Gamble Gamboa Gamez Gangemi Ganley Ganly Gannon Gaona Garavan Garay Garcés García
Garde Gardiner Gardner Garety Gargallo Gargan Garibaldi Garibay Garica Garland Garmendia Garner
Garobbio Garoufalis Garozzo Garraghy Garrahy Garret Garrett Garriga Garrihy Garrison Garrone
Garry Gartlan Gartland Garvey Garvin Garyfalidis Garza Garzoni Garzón Gascón Gaskin Gasperi
Gastel Gastélum Gately Gates Gatos Gatto Gaudin Gaughan Gavaghan Gavalier Gavalierová Gavenda
Gavendová Gavican Gavigan Gavin Gavorník Gavorníková Gavridakis Gavriil Gavriilidi Gavrilets
Gavrilishin Gavrilishina Gavriliv Gavrilovska Gavrilovski Gavrilyuk Gavrish Gavrishkevich
Gavryushenko Gawrilenko Gawrilez Gawrilischin Gawrilischina Gawriliw Gawriljuk Gawrilow
Gawrilowa Gawrilowska Gawrilowski Gawrisch Gawrischkewitsch Gawrjuschenko Gaya Gayda Gaydabura
Gaydamaka Gayday Gaydenko Gayevska Gayevski Gayevskiy Gaynard Gaynor Gaytán Gayvoronska
Gayvoronski Gayvoronskiy Gašpar Gašparovič Gašparovičová Gašparová Gažo Gažová Geany Gearty
Geary Gee Geenen Geens Geeraerts Geerling Geerts Geertsen Geest Geffen Gegić Geherty Gelabert
Geldens Gelder Gelemanović Gellemeyer Gelli Gemen Gemert Gemito Geneart Genechten Genefaas
Genetzakis Gennimatas Gent Gentileschi Gentili Gentilini Gentimis Gentry Geoghegan
Georgakopoulos Georgakopoulou Georgalas Georgalis Georgara George Georgescu Georgi Georgiadou
Georgijew Georgijewa Georgitsi Georgiyev Georgiyeva Georgoudis Georgoula Georgoulaki Georgoulas
Gepa Geraci Geraghty Gerardis Gerarghty Gerassimov Gerassimow Gerassimowa Gerega Gereta Germano
Gerodimos Gerokosta Geropoulos Gerouki Gerrits Gerritse Gerritsen Gerus Gervais Gestel Geudens
Geuens Gevaert Gheorghiu Ghoerle Giacconi Giacometti Giakamozi Giammusso Gianetti Gianinazzi
Giannakeas Giannakis Giannakitsas Giannakopoulos Giannakoudaki Giannakoudakis Giannara Giannelli
Giannelos Giannes Giannetti Giannini Giannone Giannopoulou Giannotti Giannoukos Giannuzzi
Gianvecchio Giapatzis Giasimakis Giatrakou Giatromanolakis Gibb Gibbon Gibbons Gibbs Gibert
Gibilisco Giblin Gibney Gielen Gifford Gigli Gilabert Gilardoni Gilbane Gilbride Gilchrist
Gildea Gilduff Giles Gilgunn Gilhooly Gill Gillan Gilles Gillespie Gillic Gillick Gillies
Gilligan Gilliland Gillis Gillièron Gilliéron Gillooly Gilmartin Gilmore Gilroy Gils Gilsenan
Gimenez Gimeno Giménez Giner Ginese Ginesio Ginevan Ging Ginkel Ginneke Ginnitty Ginnity
Gintalas Ginty Ginzburgas Gioberti Giolitti Giorgetti Giotakis Giotis Giovine Giradello Giralt
Girona Girvan Girón Gisbert Giselmeyer Giulietti Giunti Giusti Givern Gkaga Gkagaoudakis Gkagas
Gkagka Gkagkaoudakis Gkagkas Gkaliou Gkanatsios Gkatzogiannis Gkavrou Gkikas Gkikopoulos Gkinis
Gkioldelis Gkiritzioni Gkitsakis Gkoni Gkotsis Gkouni Gkouskos Gkoutzamanis Gkouva Gkouvelos
Gkova Glasnović Glass Glasses Glavan Glavin Glavor Glazier Gleasure Gledhill Gleeson Glenn
Glennon Gligora Gligorov Gligorova Gligorow Gligorowa Gloster Glover Glynn Gnodde Gocník
Gocníková Godard Goddard Godec Goderts Godet Godfrey Godinić Godoy Godunok Godínez Goedhart
Goerle Goethals Goethem Gogan Gogarty Goggin Gogol Goicoechea Gokov Gokova Gokow Gokowa Golden
Golding Goldoni Goldrick Goldstein Golgi Golik Golino Goljasch Gollan Gollum Golob Goloborodko
Golubew Golubewa Golubić Golyash Gomboc Gomila Gomis Gontšarov Gonzaga Gonzales Gonzalo Good
Goodman Goodwin Goossens Goovaerts Gorbatschew Gorbatschewa Gorbunow Gorbunowa Gordejew
Gordejewa Gordeyev Gordeyeva Gordillo Gordon Gore Gorenc Gorevan Gorey Gorgijew Gorgijewa
Gorgijewska Gorgijewski Gorgiyev Gorgiyeva Gorgiyevska Gorgiyevski Gorham Gori Goris Gorjup
Gorman Gorp Gorschkow Gorschkowa Gosselin Gotić Gottardi Gotti Goudriaan Gough Goula Gould
Goulden Goulding Goupa Gourgoulis Gousios Govaerts Govarts Govoni Govorčinović Goyaerts
Goyvaerts Gozzano Gozzi Goñi Graaf Grace Gracia Gracin Gradenigo Gradinarova Gradinarowa Grady
Graeve Grahams Grahn Grammatikopoulos Grammatikos Grammenou Gramsci Granado Granados Granatelli
Granath Granberg Grand Grande Granlund Granström Grant Gras Gratie Gratsias Grattan Grau
Gravensande Graves Gravina Grba Grbac Grealish Greally Greaney Grechanik Grechko Gredičak Greef
Greehy Greelish Greely Greene Greenwood Greer Gregersen Greggio Gregor Gregori Gregorio Gregorič
Gregorová Gregory Gregov Greguš Gregušová Greig Greij Gremese Gren Grenier Grennan Gres Gretos
Gretschanik Gretschko Grevenaris Grey Grgurević Grgurić Grgurovac Griego Grifeo Griffen Griffin
Griffith Griffiths Grigoriadis Grigoriadou Grigoriou Grigorjew Grigorjewa Grigoropoulos
Grigoropoulou Grigoryev Grigoryeva Grijalva Grimani Grimes Grinius Grinsven Grischin Grischina
Grishin Grishina Grisoni Gritsenko Gritti Griva Grivas Grizenko Groarke Groen Groenendaal
Groenestein Grogan Grojean Gromow Gromowa Grondel Grondelle Gronskis Groof Groogan Groot Groote
Gros Grosdanowska Grosdanowski Grosjean Grossi Grote Growney Grozdanovska Grozdanovski Grubišić
Gruijl Gruijter Gruil Grunt Gruson Grznár Grznárová Grégoire Grönlund Grönroos Grňa Grňová
Gržetić Gržinčić Gschizka Gschizki Gschizkij Guajardo Gual Gualandi Gualtieri Guarana Guarato
Guard Guardado Guardia Guardiola Guariento Guarneri Gubain Gubben Guberović Gubéran Gucci Gudelj
Guellec Guerreiro Guerrero Guevara Guglielmi Guibert Guicciardini Guidone Guidotti Guihan
Guijarro Guilbert Guilfoyle Guillen Guillet Guillon Guillou Guillén Guinan Guinane Guinevan
Guiney Guinizzelli Guinnane Guinness Guiry Guit Guitart Guk Gulan Gulbrandsen Gulcher Guljajew
Guljajewa Gullberg Gullery Gullotta Gulotta Gulyayev Gulyayeva Gulyás Gundersen Gunko Gunn
Gunnarsson Gunning Gupalo Gurjew Gurjewa Gurule Guryev Guryeva Gus Guschtschin Guschtschina
Gusenko Gushchin Gushchina Gusi Gusij Gussew Gussewa Gussoni Gustafsson Gustavsson Guthrie
Gutierrez Gutiérrez Gutsulyak Guy Guyon Guz Guzenko Guzi Guziy Guzman Guzmán Guzuljak Guérin
Guštin Gwynn Gzhitska Gzhitski Gzhitskiy Gál Gálik Gáliková Gálová Gálvez Gámez Gárate Gáspár
Gérard Göransson Gözəlov Gülen Güçlü Gəncəli Haack Haan Haapala Haapanen Haapaniemi Haarlem
Haataja Haavisto Hablák Habláková Habšuda Habšudová Hackett Hacıbəyli Hacıbəyov Hacızadə
Hadfield Hadrović Haeften Haengreve Hagan Hagara Hagarová Hagberg Hagendoorn Haggerty Haglund
Hagman Hagström Hahessy Haines Haire Hajdu Hak Hakala Hakkarainen Hakker Halambek Halapir Hale
Haley Hallahan Hallanan Hallberg Halley Hallgren Hallik Hallin Hallinan Hallissey Halloran Halme
Halonen Halpen Halpin Haluška Halušková Halvarsson Halvorsen Halák Haláková Halász Ham Hamaland
Hamel Hammar Hammarström Hammond Hampton Hanafin Hanak Hanaková Hanbury Hancock Haneberg
Hanegraaff Hanek Haneková Haney Hanka Hankard Hanko Hanková Hanley Hanlon Hanly Hanna Hannah
Hanncard Hannigan Hannon Hannula Hanrahan Hanratty Hanson Hanssen Hanssens Hansson Hanus Hanusek
Hanuseková Hanuska Hanusková Hanusová Hanuška Hanušková Hanzel Hanzelová Hanák Hanáková Hançer
Hanúsek Hanúseková Hanúska Hanúsková Hanžek Hara Harahoe Haraldsson Haran Harapin Hardi Hardie
Hardiman Hardin Harding Hardy Hare Haren Hargadon Hargan Hargreaves Harju Harkin Harkins Harley
Harmon Harnett Haro Harper Harrell Harrihy Harrington Harrison Harry Hart Harte Hartigan
Hartikainen Hartley Hartman Hartnett Harty Harvan Harvanová Harvey Harvánek Harváneková Hasan
Haselaar Haspengouw Hassett Hastey Hastie Hastings Hasty Hatfield Hatton Haug Hauge Haugen Haugh
Haughey Haugland Hautala Hautamäki Havel Haverinen Haverty Havlíček Havlíčková Havran Havranka
Havranko Havranková Havranová Hawe Hawkins Hawthorn Hay Hayden Hayes Haynes Hayrioğlu Hays
Hayward Hazenveld Haňak Haňaková Haňák Haňáková Haščák Haščáková Heaffy Healey Healy Heaney
Heaphy Hearn Hearne Hearty Heath Heavey Hebert Hecke Heckett Hedberg Hedderman Hedigan Hedin
Hedlund Hedman Hedström Heelan Heenan Heeney Heer Heere Heerenveen Heerkens Heerschop Heffernan
Hefferon Heffron Hegarty Hegedüs Hegedűs Heggarty Hehir Hehl Heiden Heijden Heijman Heijmans
Heijmen Heikkilä Heikkinen Heino Heinonen Heinrichs Heinsalu Heinsoo Heiskanen Hekker Helen
Helenius Helery Helgesson Helin Helland Hellberg Hellemans Hellevoort Hellgren Hellman Hellström
Helmerhorst Helminen Helsen Hely Hemert Hemma Hempenstall Hendricks Hendrickx Hendrikse Hendrix
Hendry Henebry Heneghan Henegouwen Henery Heney Hennebry Hennelley Hennelly Hennessey Hennessy
Hennigan Henningsson Henric Henriksen Henriksson Henriques Henríquez Hens Hensley Henson Henst
Hepburn Hepenstall Heraghty Heras Heraty Herbert Herceg Herck Herd Heredia Heremans Heretik
Heretiková Hereward Heribert Heripon Herity Herlihy Herman Hermans Hermansen Hermansson
Hernandes Hernando Hernon Hernádez Heron Herout Herranz Herrera Herrero Herring Herstal Hervia
Hervás Hervé Hesbaye Heskin Heslin Hession Hester Heusden Heuvel Hever Hewitt Hewson Hexspoor
Heyden Heydərli Heylen Heymans Heyne Heyvaert Hećimović Hečko Hečková Hickey Hickman Hicks
Hidalgo Hierro Hietala Hietanen Higgins Higueras Hilary Hillen Hillery Hilliard Hills Hilmer
Hilmerová Hilton Hiltunen Hines Hinić Hinney Hinojosa Hinton Hirvonen Hishon Histon Hjalmarsson
Hjelm Hjort Hladká Hladký Hlaváč Hlaváčik Hlaváčiková Hlaváčová Hlinka Hlinková Hliník Hliníková
Hoare Hoareau Hoban Hobbs Hodak Hodge Hodges Hodgson Hodnett Hodson Hodža Hodžová Hoecke
Hoedemakers Hoek Hoeks Hoelen Hoes Hoevel Hoeven Hoey Hoffman Hofman Hogan Hogg Hokkanen Holappa
Holdaway Holden Holder Holgersson Holguín Holič Holiček Holičeková Holička Holičková Holičová
Holland Hollander Hollins Holloway Hollywood Holm Holmberg Holmgren Holmqvist Holmström Holohan
Holopainen Holst Holthuis Holub Holubec Holubecová Holubek Holubeková Holubka Holubko Holubková
Holubová Holuby Holvoet Holík Holíková Holíček Holíčeková Holúbek Holúbeková Holúbok Holčík
Holčíková Honan Hondeveld Honing Honkanen Hood Hoof Hoog Hoogers Hoogh Hook Hooper Hoover Hope
Hopkins Hoppenbrouwer Horan Hore Horemans Horgan Horne Horrocks Horst Horton Horvatek Horvatinec
Horvatić Horváth Horváthová Horák Horáková Horáček Horáčková Hosae Hosey Hoskins Hostaden Hoste
Houben Houdijk Hough Houghton Houlihan Hourican Hourigan Hourihane House Houston Houteveen Hove
Howarth Howe Howell Howells Howley Hoyos Hoz Hoza Hozjan Hozová Hočevar Hošták Hoštáková Hošťák
Hošťáková Hrabar Hranić Hranj Hrastinski Hraško Hrašková Hrdlička Hrdličková Hren Hrianka
Hrianková Hribar Hribernik Hric Hricová Hrmo Hrmová Hroboň Hroboňová Hrovat Hrubá Hrubý Hruška
Hrušková Hrušovská Hrušovský Hrvojić Hršak Hrženjak Huba Hubbard Huberts Hubová Huddleston Hudec
Hudecová Hudson Hudáček Hudáčeková Huel Huerta Huertas Huff Huffman Huguet Huhtala Huijben
Huijbrechts Huijs Huijzing Huljev Hull Hulle Huls Hulshouts Hulskes Hulst Hult Hulten Hultgren
Hultman Hume Humphrey Humphreys Humphries Hunerik Hunter Huotari Huovinen Hupka Hupková Hurd
Hurley Hurst Hurtado Hus Huska Husnjak Husová Hussey Husák Husáková Husár Husárová Husťák
Husťáková Hutchinson Hutchison Hutta Hutton Huttová Huttunen Huurdeman Huuskonen Huybrechts
Huyghe Huys Huysmans Hučko Hučková Hušek Hušeková Huška Hušo Hušová Hušták Huštáková Hušťák
Hušťáková Hyde Hyland Hyman Hynes Hyttinen Hytönen Hyvärinen Hyvönen Hájek Hájková Hägg Hägglund
Häggström Häkkinen Hämäläinen Hänninen Härkönen Härm Håkansson Högberg Höglund Höning Hús Húska
Húsková Húsová Húšek Húšeková Húška Hümmətov Hüseynbəyli Hüseynli Hüseynov Hüseynova Hüseynoğlu
Həsənov Həsənzadə Iacobucci Iacovelli Iadanza Iago Iakovakis Iannelli Iannotti Iannucci Iannuzzi
Iatropoulos Ibarra Ibañez Iborra Ibáñez Iglesia Ignac Ignatjev Ignatjew Ignatjewa Ignatov
Ignatova Ignatow Ignatowa Ignatyev Ignatyeva Igoe Ihalainen Ihnačák Ihnačáková Ikonen Ilchenko
Ilijew Ilijewa Ilijić Ilikov Ilikova Ilikow Ilikowa Ilin Ilina Ilinović Iliyev Iliyeva Iljenko
Iljin Illés Iltschenko Ilves Ilyenko Imbert Immonen Impastato Impe Imrich Imrichová Infante
Infantino Inglis Ingoldsby Ingram Ingvarsson Iniesta Innocenti Interiano Interminei Interminelli
Intzes Inzaghi Ioakeim Ioakeimidou Ioniță Ioppi Iosifidis Iosifidou Ireland Iriarte Irizarry
Irvanets Irvine Irving Irwanez Irwin Isaksen Isaksson Isaris Isayenko Isayev Isayeva Isayevich
Ischtschak Ischtschenko Isella Iseris Isern Ishchak Ishchenko Ismail Israelsson Issajenko
Issajew Issajewa Issajewitsch Issakow Issakowa Ivanchenko Ivandić Ivanenko Ivanichuk Ivanović
Ivančan Ivarsson Ivashchenko Ivask Ivasyuk Ivaška Ivašková Ivers Iversen Ivory Ivšić Iwanenko
Iwanitschuk Iwantschenko Iwaschtschenko Iwassjuk Izaguirre Izquierdo Iñiguez Jaakkola Jaakson
Jaanson Jaanus Jaatinen Jaceps Jackman Jacobsen Jacobson Jacobsson Jacot-Descombes
Jacot-Guillarmod Jacques Jacquot Jacuzzi Jagarinec Jager Jagečić Jaime Jaimes Jakab Jakimenko
Jakimtschuk Jakobsen Jakobson Jakobsson Jakopec Jakopović Jakovac Jaković Jakovlev Jakovljević
Jakow Jakowa Jakowenko Jakowlew Jakowlewa Jakub Jakuba Jakubec Jakubecová Jakubek Jakubeková
Jakubka Jakubko Jakubková Jakubová Jakubík Jakubíková Jakubček Jakubčeková Jakubčo Jakubčová
Jakubčík Jakubčíková Jakupić Jakuschew Jakuschewa Jakuš Jakúbek Jakúbeková Jalakas Jalonen
Jalovec Jalovecová Jameson Jamieson Jamnik Jan Janasow Janasowa Janda Jandová Janek Janeková
Janev Janeva Janew Janewa Janeček Janečeková Janečka Janečko Janečková Janežič Janka Jankauskas
Janko Janková Jano Janová Janočko Janočková Janoš Janošek Janošeková Janoška Janoško Janošková
Janošo Janošová Jans Jansdr Janse Jansse Janssens Jansson Jantošovič Jantošovičová Janák
Janáková Janík Janíková Janča Janček Jančeková Jančo Jančová Jara Jaramillo Jarc Jarema
Jaremenko Jaremkiw Jaremko Jaremtschuk Jarkowa Jarl Jarosch Jaroš Jarošová Jarvis Jaschtschenko
Jaschtschuk Jasprica Jasso Jauhiainen Jaume Jaunzema Jaunzems Javornik Jazenjuk Jazenko Jaén
Jdotte Jedľovská Jedľovský Jefferies Jefferson Jeffries Jefimenko Jefimov Jefimow Jefimowa
Jefremow Jefremowa Jeggij Jegorov Jegorow Jegorowa Jejboschenko Jekel Jelavić Jelen Jelissejew
Jelissejewa Jelić Jellyman Jelínek Jelínková Jemeljanenko Jemeljanow Jemeljanowa Jemez Jemrić
Jendek Jendeková Jenko Jennings Jenssen Jeppesen Jeppsson Jepsen Jereb Jeremenko Jeresko Jerez
Jerič Jerković Jermakov Jermakow Jermakowa Jerman Jermolenko Jeromenko Jeroschenko Jerschow
Jerschowa Jertschenko Jerusalem Jeršov Jeschtschenko Jespersen Jessen Jessipenko Jesus Jesús
Jewdokimenko Jewdokimow Jewdokimowa Jewropowkirilow Jewropowkirilowa Jewsejew Jewsejewa
Jewtuschenko Jewtuschok Ježek Ježková Jilani Jiles Jimínez Jischak Jischakewitsch Jochems Jode
Joe Johannessen Johannesson Johansen Johanson Johansson Johns Johnsen Johnsson Johnston
Johnstone Jokela Jokinen Jomini Jonasson Jonata Jonatová Jonckheere Jong Jonge Jonghe Jonjić
Jonker Jonkman Jonsson Joos Joosten Jordanow Jordanowa Jordá Jordán Joris Jorlink Jorrisen
Josefsson Joseph Josipović Jotkowa Joubert Jourdan Jovanovac Jovanovska Jovanovski Jovchev
Jovcheva Jove Jover Jovinelli Jović Jowanowska Jowanowski Jowtschew Jowtschewa Joyce Joye Jozić
Juan Juarez Juchimenko Judd Judge Judin Judina Jug Jugovac Juhanson Juhkam Juhlin Juhász Jukić
Juliá Julián Julliard Jumiège Junas Junasová Juntunen Junás Junásová Junáš Junášová Jurado Jurek
Jureková Juretić Jureško Jurgantschew Jurgantschewa Jurina Jurinová Jurišić Jurjević Jurka Jurko
Jurković Jurkovič Jurkovičová Jurková Jurlina Jurrijens Jurtschenko Jurtschischin Jurtschischina
Jurtschuk Juráš Jurášová Jurík Juríková Jurča Jurčina Jurčinová Jurčić Jurčo Jurčová
Juschtschenko Jussila Juvara Juvonen Juárez Ján Jáno Jánová Jánoš Jánoška Jánoško Jánošková
Jánošová Jánošík Jánošíková Jáquez Jáuregui Jänes Jäntti Järv Järve Järvelä Järvenpää Järvi
Järvinen Jääskeläinen Jódar Jónás Jõe Jõesaar Jõgi Jönsson Jörgensen Jørgensen Jürgenson
Jürisson Kaasik Kaay Kabakas Kabaljuk Kabalyuk Kabanenko Kabanow Kabanowa Kaberidis Kabosakis
Kabouri Kachrimanidi Kadak Kadenjuk Kadenyuk Kadija Kadlec Kadlecová Kafantari Kafantaris Kaffe
Kafiris Kahlina Kaikkonen Kainulainen Kairys Kakatsos Kakavos Kakka Kakosaios Kakotrichi Kala
Kalabalikis Kalaitzakis Kalaitzopoulou Kalamara Kalamarakis Kalamaras Kalamees Kalan Kalanjoš
Kalapodis Kalargyros Kalaschnikow Kalaschnikowa Kalatha Kalazić Kalchenko Kalda Kaldi Kale
Kalemi Kalenichenko Kalenitschenko Kaliabos Kaliská Kaliský Kalitsounakis Kaliňák Kaliňáková
Kaljula Kaljurand Kaljuste Kaljuvee Kallas Kallaste Kallen Kalliantasi Kallio Kalm Kalman Kalmus
Kalniņa Kalniņš Kalogiannaki Kalogianni Kalomoiri Kaloudi Kaltschenko Kalvaitis Kalvelis
Kalvėnas Kalēja Kalējs Kaminari Kamp Kamper Kanavos Kanchin Kane Kaneli Kanelli Kanellopoulos
Kanellopoulou Kanerva Kangas Kangley Kangro Kangur Kaniak Kaniaková Kanivets Kaniwez Kaniški
Kankaanpää Kantareli Kantola Kantschin Kapantaidaki Kapatsoris Kapnia Kapounis Kapournioti Kapp
Kapsalis Kapsi Karabas Karabi Karabina Karadeniz Karadimos Karagianni Karagiovanni Karagić
Karagrigoriou Karaiskos Karakaschew Karakaschewa Karakashev Karakasheva Karakastanias Karakaxis
Karakonstantinou Karakosta Karakyriou Karalis Karamani Karamanli Karamanos Karamarko Karamsalis
Karananou Karanasiou Karanikas Karanikolas Karanis Karantana Karantzopoulos Karaoglani Karas
Karatasou Karathanasi Karatzaferis Karatzikos Karels Kargakou Karhu Karhunen Kari Karjalainen
Karkaletsi Karkanaki Karlberg Karlović Karlsen Karlsson Karlström Karmaljuk Karmalyuk Karmelić
Karolidou Karountzos Karousos Karpa Karpow Karpowa Karppinen Karro Kartas Karttunen Karu Karul
Karulová Karuza Karveli Karvinen Karvonen Karyda Karypidis Kas Kasak Kasakow Kasakowa
Kaschtschenko Kase Kasemaa Kasemets Kashchenko Kask Kaskaouti Kasmirli Kasoutsas Kassotaki
Kastanis Kasteelen Kastelic Katakis Katarachias Katevatis Kathagen Katirtzis Katić Katona Katrov
Katrova Katrow Katrowa Katsafadou Katsamanis Katsanikou Katsantoni Katsantonis Katsaros Katsavos
Katsifos Katsigianni Katsigiannis Katsilis Katsilli Katsimali Katsimani Katsipis Katsogiannis
Katsoula Kattai Kauliņa Kauliņš Kaupas Kauppila Kauppinen Kaur Kauzlarić Kaučič Kavaliauskas
Kavasch Kavaschová Kavouris Kay Kazanopoulos Kazantzi Kazik Kaziková Kazlauskas Kazík Kazíková
Kaņepa Kaņeps Kašpar Kašparová Keady Kealey Keally Kealty Kealy Keane Keaney Keany Keapock
Kearney Kearns Keary Keating Keaveney Keaveny Kechagias Keeffe Keegan Keehan Keelan Keeley Keely
Keenaghan Keenahan Keenan Keeney Keery Keevers Kefali Kehoe Keightley Keijser Keijzer Keinänen
Keith Kelaidonis Kelder Keleković Kelemen Keleschew Keleschewa Keleshev Kelesheva Kelečić Kelić
Kellaris Kelleher Kelley Kello Kellová Kelo Kelová Keltenie Kelvey Kempen Kemppainen Kendall
Kendra Kendrová Kenis Kenlan Kenlon Kenna Kenneally Kennellan Kennelly Kenny Kent Keníž Kenížová
Keogan Keogh Keoghan Keoghane Keohan Keohane Keown Ker Kerasovitis Kerekes Kereković Kerin
Kerins Kerkhof Kerkhofs Kerley Kerlin Kermody Kernan Kerney Kerová Kerr Kerrigan Kerrisk
Kerville Kerwick Keränen Kesalidis Kesemidis Kesisi Keskinen Keskini Keskitalo Kesküla Kesov
Kesova Kesow Kesowa Ketel Ketesidou Ketola Ketting Kettunen Kevane Keville Kevo Key Keyes Keyser
Khmara Khomenko Khomik Khorishko Khristenko Khristich Khristov Khristova Khudobʼyak Khudyak
Khvrchilkov Khvrchilkova Kibkalo Kidd Kidney Kiely Kieran Kierane Kierans Kiernan Kiik Kiil Kiis
Kiisk Kijnder Kikas Kikkas Kilawee Kilbane Kilbride Kilcoyne Kilday Kildea Kilduff Kilfoyle
Kilgallen Kilgallon Kilhooly Kilimnik Kilk Kilkenny Killeen Killilea Killooly Killoran
Killoughry Kilmartin Kilmore Kilpeläinen Kilroe Kilroy Kinaghan Kinahan Kingston Kiniry Kink
Kinkela Kinlan Kinlen Kinnane Kinnear Kinnegan Kinner Kinnerk Kinney Kinnon Kinnunen Kinny
Kinsella Kint Kioridou Kioses Kioupliotis Kiousis Kirby Kirilenko Kirillow Kirillowa Kirinčić
Kirk Kirke Kirpenstein Kirs Kirsipuu Kirss Kirwan Király Kis Kisel Kisela Kiselová Kiseľ Kiseľa
Kiseľová Kisman Kissane Kissas Kisselew Kisselewa Kisseljov Kitinos Kitov Kitova Kitow Kitowa
Kitson Kitsou Kiuru Kivelä Kivi Kivilo Kivimäe Kivimäki Kivinen Kiviniemi Kivistik Kivistö Kiška
Kjeldsen Kjellberg Kjær Klaarwater Klaas Klanac Klapač Klapačová Klapka Klapko Klapková Klapáč
Klapáčová Klarin Klarić Klashorst Klasić Klasson Klatikruschew Klatikruschewa Klatikrushev
Klatikrusheva Klaturov Klaturova Klaturow Klaturowa Klausen Kleibrink Kleijse Kleinaki Klemenčič
Klepáč Klepáčová Klerks Kleybrink Kligl Klijn Klima Klimek Klimeková Klimis Klimko Klimkovič
Klimkovičová Klimková Klimo Klimov Klimovska Klimovski Klimová Klimowska Klimowski Klimáček
Klimáčeková Kline Kling Kližan Kližanová Klokoč Klokočová Klomp Klopačka Klopačková Kloppert
Kneafsey Knez Knezović Kniha Knihová Knjasew Knjasewa Knockaert Knoers Knowles Knox Knudsen Knuf
Knutsen Knutsson Knyazev Knyazeva Kobal Kobielsky Kobielská Kobielský Kobilarov Kobilarova
Kobilarow Kobilarowa Kobolias Kocian Kocianová Kocijančić Kocjančič Kocka Kocková Kocová Kocsis
Kocur Kocák Kocáková Kocúr Kocúrik Kocúriková Kocúrová Kodrič Kodukov Kodukova Kodukow Kodukowa
Koeman Kof Kofinaki Koger Kohv Koistinen Koit Koitla Koivisto Koivula Koivunen Kokalj Kokanović
Kokk Kokkinidou Kokkinou Kokko Kokkonen Kokol Kokordelis Kokorić Kokoschkowa Kokoshkova Kolaitou
Kolarec Kolarič Kolchev Kolcheva Kolchouris Kolega Kolehmainen Kolen Kolenc Kolesnichenko
Kolesnik Kolesnikow Kolesnikowa Kolesnitschenko Kolesár Kolesárová Kolev Koleva Kolew Kolewa
Kolichkov Kolichkova Kolipatkov Kolipatkova Kolipatkow Kolipatkowa Kolisnichenko Kolisnitschenko
Kolitschkow Kolitschkowa Kolić Kolk Kolkas Kollia Kollár Kollárová Kolnik Kolniková Kolník
Kolníková Kolobov Kolobova Kolobow Kolobowa Kolodub Kolokathis Kolovos Kolster Koltsaki
Koltschew Koltschewa Kolár Kolárová Kolář Kolářová Komar Komarow Komarowa Komissarov Komissarova
Komissarow Komissarowa Komkoudis Komljenović Komulainen Kondratjev Kondratjew Kondratjewa
Kondratyev Kondratyeva Kondylidis Konečná Konečný Koniari Konidaris Koning Konings Kononov
Kononova Kononow Kononowa Konopka Konopková Konoplenko Konoplia Konoplja Konoplya Konowalow
Konowalowa Konrád Konrádová Konsoula Konstantakopoulos Konstantas Konstantinidou Konstantinov
Konstantinova Konstantinow Konstantinowa Konstantopoulos Konstantopoulou Kont Kontakos
Kontogeorgaki Kontogianni Kontogiannis Kontokostas Kontos Kontou Konttinen Konôpka Konôpková
Kooij Kool Koort Kopa Kopecká Kopecký Kopitko Kopjar Koponen Kopová Koppa Koppel Koppová Kopylow
Kopylowa Korbopoulos Korbut Kordatzis Korec Korecová Koren Koret Korhonen Kornilov Kornilova
Kornilow Kornilowa Koroboki Korol Korolenko Korolew Korolewa Koromilas Koronidou Korov Korova
Korow Korowa Korošec Korpanjuk Korpanyuk Korpela Korpi Korsch Korsman Korstman Korsun Kort Korte
Kortelainen Kortman Korutürk Korzh Korčák Korčáková Kos Kosak Kosanović Kosatschenko Koschelew
Koschelewa Kosi Kosić Koskela Koski Koskinen Kosonen Kostakis Kostalis Kostanić Kostelac Kosten
Koster Kostidis Kostka Kostková Kostopoulou Kostoulas Kostov Kostova Kostow Kostowa Kostrec
Kostrecová Kotian Kotianová Kotkas Kotnik Kotoula Kotoulas Kotow Kotowa Kotrotsou Kotsaris
Kotsev Kotseva Kotsidis Kotsikoris Kotsina Kotsionopoulou Kotsou Kottas Kottikas Kotulič
Kotuličová Kouba Koubová Koufaki Kouklatzis Koukouliantas Koukouthaki Koukouva Koukouvinos
Koulaousari Koulidis Koulizos Koulocheri Kouloubou Koulouriotis Koumara Koumiotis Kourakos
Kourelis Kourkoutas Kourlou Koursaris Koursoumidis Kourtis Koutalios Koutchias Koutelieris
Koutentakis Kouthouri Koutkia Koutouzidou Koutris Koutsikopoulos Koutsikos Koutsikouri
Koutsioumari Koutsogiannis Koutsogiannopoulos Koutsonika Koutsoubei Koutsoubi Koutsoulis
Koutsounaki Koutsouras Koutsoureli Koutsourelis Koutsovidou Kouvas Kouzoula Kovalyuk Kovalčík
Kovalčíková Kovanen Kovaček Kovačič Kovaľ Kovaľová Kovpak Kovács Kováč Kováčik Kováčiková
Kováčová Kovář Kovářová Kowalew Kowalewa Kowaljuk Kowpak Koza Kozachenko Kozew Kozewa Kozma
Kozmon Kozmonová Kozová Kozák Kozáková Kozáček Kozáčeková Kozáčik Kozáčiková Koč Kočevar Kočiš
Kočišová Kočka Kočko Kočková Kočová Košir Koški Koščević Koželj Krabbe Krajcar Krajnc Krajíček
Krajíčeková Krajči Krajčiová Krajčo Krajčovič Krajčovičová Krajčová Krajčí Krajčíová Krajčír
Krajčírová Kraljević Kraljić Kramar Kramarić Kramberger Kramár Kramárová Kranjc Krantz
Krasilnikov Krasilnikova Krasnohorská Krasnohorský Krassilnikow Krassilnikowa Krastiņa Krastiņš
Kratochvíl Kratochvílová Krausová Kravvaritis Krejčová Kremmydas Kresonja Krialis Kriens Krieva
Krieviņa Krieviņš Krievs Kriisa Kristensen Kristensson Kristiansen Kristiansson Kristoffersen
Kristoffersson Kritselis Krivec Krivoshapkova Kriwoschapkowa Krištof Krištofová Križan Križanová
Krjukow Krjukowa Krkov Krkova Krkow Krkowa Krogh Kronenberg Kroon Kropilák Kropiláková Kroták
Krotáková Krpan Krsteska Krsteski Krstev Krsteva Krstew Krstewa Kruglov Kruns Krupa Krupová
Kruschowska Krushovska Krylow Krylowa Kryukov Kryukova Krznarić Král Králik Králiková Králová
Krásnohorská Krásnohorský Kráľ Kráľovič Kráľovičová Kráľová Kríž Krížik Krížiková Krížová Krõlov
Krúpa Krúpová Krčelić Krēsliņa Krēsliņš Kršanac Krūmiņa Krūmiņš Krūze Krželj Ktenidis Kuba Kubec
Kubecová Kubek Kubeková Kubiček Kubičeková Kubička Kubičko Kubičková Kubko Kubková Kubo Kubová
Kubík Kubíková Kubíček Kubíčeková Kubíčková Kuchev Kucheva Kuchkudelova Kudrjaschow Kudrjaschowa
Kudrjavtsev Kudrjawzew Kudrjawzewa Kuffa Kuffová Kuhar Kuijc Kuijpers Kuilenburg Kuiper Kuisma
Kuit Kujala Kujundžić Kukkonen Kukučka Kulagina Kulakov Kulakova Kulakow Kulakowa Kulikow
Kulikowa Kulmala Kumer Kumpulainen Kuna Kunac Kunda Kundová Kundziņa Kundziņš Kunen Kuningas
Kunka Kunková Kunová Kuosmanen Kupa Kupka Kupko Kupková Kupová Kupsjak Kurg Kurki Kurm Kuronen
Kurtakova Kurtakowa Kurtaschowa Kurtazhova Kurtoić Kuruc Kurucová Kurvits Kus Kusen Kuska
Kusková Kusmin Kusmina Kusová Kutsar Kutschew Kutschewa Kutschkudelowa Kuus Kuuse Kuusela Kuusik
Kuusisto Kuusk Kuveždić Kuzmina Kuzmić Kučera Kučerová Kučić Kuša Kuška Kušková Kušnír Kušnírová
Kušo Kušová Kuščević Kvist Kwaadland Kybaris Kyllönen Kyne Kypraios Kypriotis Kyrgia Kyrgiakis
Kyriakakis Kyriakidis Kyriakopoulou Kyriakouli Kyriannaki Kyriatsoulis Kyriazis Kyritsi Kyritsis
Kyrkoudi Kyroudi Kysel Kysela Kyselová Kyseľ Kyseľa Kyseľová Kára Kárová Kázik Káziková Kähkönen
Källström Kämäräinen Kärki Kärkkäinen Kärner Käsper Käär Käärik Kôstka Kôstková Kõiv Köçərli
Kúbek Kúbeková Kús Kúska Kúsková Kúsová Kúš Kúšová Kütt Kārkliņa Kārkliņš Kısakürek Kļaviņa
Kļaviņš Kříž Křížová Kərimli Kərimov Kərimova Kərimzadə Laakkonen Laakso Laaksonen Laan Laane
Laanemets Laar Laarhoven Laarse Laas Laba Labado Labaš Labbé Labinjan Laboy Labrinos Labuda
Labudová Laca Lacey Lacka Lacko Lacková Laco Lacombe Lacová Lacy Ladavac Laenen Laer Laere Laet
Lafatzis Lafferty Laffey Laffray Lafleur Lagarde Lage Lagerweij Lago Lagoda Lagogiannis
Lagopatis Laguna Lagzdiņa Lagzdiņš Lah Lahey Lahiffe Laht Lahti Lahtinen Lahy Laiho Laine Laing
Laitinen Lajčiak Lajčiaková Lajčák Lajčáková Lakatos Lakkas Lakošeljac Laks Lalaouni Lalas Lally
Lalor Lamas Lamač Lamačová Lamb Lambe Lambers Lamborghini Lambrecht Lambrechts Lambregt Lammas
Lammens Lammi Lamont Lamore Lamotte Lampinen Lancaster Lancisi Landa Lande Landeghem Landen
Landers Landin Landon-Lane Landry Landström Landy Lane Lanfranchi Langan Langevoort Langousis
Lanigan Lankinen Lankle Lansink Lantz Laon Laourdekis Lapina Lappalainen Lappas Lappin Lapsa
Lara Lardner Largan Largey Larionov Larionova Larionow Larionowa Larkin Laroche Larrañaga Larrea
Larsen Larson Larsson Lasa Lasarenko Lasarew Lasarewa Lasarewska Lasarewski Lasić Lasow Lasowa
Lass Lassen Lassila Lastra Lathrope Latier Latskos Lattuada Latvala Laukkanen Launay Laur
Laureano Laurenson Laureys Lauri Lauridsen Laurila Lauritsen Laursen Lauwers Lavan Lavell
Lavelle Laverty Lavery Lavin Lavrenko Lavrentyev Lavrentyeva Lavrič Law Lawless Lawlor Lawrence
Lawrenko Lawrentjew Lawrentjewa Lawson Lazar Lazarenko Lazarevska Lazarevski Lazov Lazova Leach
Leacy Leahy Leal Learmonth Leary Leavey Leban Lebar Lebon Lebreton Lebrón Leconte Lecoq Leddin
Leddon Leddy Lede Ledesma Ledoux Leduc Ledwich Ledwith Leech Leek Leemans Leemput Leen Leene
Leeney Lees Leeuw Leeuwen Lefort Legendre Legnante Legović Legros Leguit Lehane Lehikoinen
Lehiste Leht Lehtimäki Lehtinen Lehtla Lehtmets Lehto Lehtola Lehtonen Leino Leinonen Leis Leite
Leiva Lekka Leland Lelas Leledakis Lelekas Leleu Lelijveld Lelièvre Lemaître Lember Lemeschko
Lemeshko Lemmens Lemonis Lemonnier Lemus Lenaerts Lenaghan Leneghan Lenehan Lengyel Lenihan
Lenić Lennane Lennartsson Lennon Lenoir Lensen Lentziou Leon Leonard Leonardi Leoncavallo
Leonetti Leopardi Lepida Lepik Lepistö Lepp Leppik Leppänen Lepšík Lepšíková Lercari Lerma
Lerner Lesage Lesik Lesjak Leskinen Leskovar Leslie Lesná Lesný Lessik Lester Letellier Lether
Leto Letová Letta Lettiere Leuven Levan Leventis Levesque Levin Levine Levy Lewtschenko Leyden
Leydon Leys Leysen Leyva Leão León Lešić Lešković Lešnik Leščić Liakou Lianakis Lianou Liber
Liblik Lichatschew Lichatschewa Licul Liddane Liddy Lidström Lidén Lie Liekens Lien Liendert
Liepa Liepiņa Liepiņš Lier Lierde Lieshout Lievens Ligorio Ligtvoet Liguori Liimatainen Liiv
Liiva Liivak Liivamägi Lijn Likar Likhachev Likhacheva Lilja Liljegren Lill Lillemets Lillis
Lillo Limburg Limonadov Limonadova Limonadow Limonadowa Limón Linardaki Linares Lincoln Lind
Lindahl Lindberg Lindblad Lindblom Linde Lindell Lindfors Lindgren Lindh Lindholm Lindkvist
Lindmark Lindquist Lindqvist Lindroos Lindsay Lindsey Lindskog Lindström Lindvall Lindén Linehan
Linna Linnane Linny Linschoten Linskey Linton Lioliopoulou Liolios Lionti Liouka Lioutas Liović
Lipa Lipka Lipko Lipková Lipová Lippens Lippomano Lipponen Lips Lipták Liptáková Lira Lisenko
Lisica Lisická Lisický Lissenko Liston Lithoxoidis Litinas Litsiou Littizzetto Little Litva
Litvin Litvová Litwin Liukkonen Livanos Liverotti Livingston Liška Lišková Ljaschko Ljubetić
Ljubić Ljubičić Ljung Ljungberg Ljunggren Ljungqvist Llabrés Lladó Llamas Llano Llanos Lledó
Llobet Llopis Llorens Llorente Lloret Lluch Lobanow Lobanowa Lobato Lobo Loep Loera Loftus
Logaki Logan Logar Loghan Loginow Loginowa Logkaki Logotheti Logue Loiseau Loj Loja Lojek
Lojeková Lojen Lojka Lojko Lojková Lojová Lokk Lollobrigida Lolos Lombard Lombroso Lomeli
Lommert Lomp London Lonen Lonergan Longan Longhena Longoria Loo Loock Loon Looney Loorits
Looveren Looy Lopresti Lord Lordan Loreal Loredan Lorencin Lorenzo Lorreijn Losa Losada
Louboutskou Loughlin Loughnane Loughran Loughrey Loughry Loulakis Loupasakis Lourantos Loureiro
Lourenço Louws Lovato Love Lovett Low Lowe Lowery Lowney Lowry Loya Lozada Lozano Lubenets
Lubenez Lubina Lubinová Luboch Luc Lucarelli Lucchesi Lucciano Lucel Lucena Lucero Lucey Luciani
Lucid Lucio Lucitt Lucić Luddy Ludovisi Luevano Lugo Luht Luik Luin Luinenburg Luitgardis Luján
Lukasch Lukash Lukinić Lukić Lukk Lukstiņa Lukstiņš Lukács Lukáč Lukáčová Lukša Lukšić Lukšová
Lulankov Lulankova Lulankow Lulankowa Lumbreras Lumi Lumiste Luna Lund Lundberg Lundblad Lunde
Lundell Lundgren Lundh Lundholm Lundin Lundkvist Lundmark Lundon Lundquist Lundqvist Lundström
Lunham Lunney Lunny Luoma Lupi Lupij Lupiy Lupo Lupták Luptáková Luque Luria Lussu Luster Luts
Lutsenko Lutterveld Luukkonen Luxardo Luxemburg Luyckx Luyssel Luyten Luz Luzenko Luzi Luís
Lučić Lyashko Lyberis Lyden Lydon Lygkouras Lygouras Lymaxi Lynchechaun Lynchehaun Lyne Lyng
Lynn Lynskey Lyon Lyons Lyri Lysaght Lytkin Lytkina Lytra László Lähteenmäki Lätt Lääne Lääts
Léger Lévy Lévêque Líška Líšková López Lõhmus Löf Löfgren Lönn Lövgren Lāce Lācis Līce Līcis
Lūse Lūsis Lətifxanlı Maaren Maasgouw Maasik Maaswinkel Maath Mac MacAdoo MacAleavy MacAllen
MacAloon MacAnally MacArt MacArthur MacBreen MacBride MacCaffrey MacCann MacCartan MacCarthy
MacCarville MacClenaghan MacCole MacComisky MacConachy MacConnaghy MacCool MacCormack MacCurtin
MacDermott MacDevitt MacDonagh MacDonnell MacDougall MacDowell MacDwyer MacDyer MacEgan
MacElgunn MacEver MacEvoy MacFadden MacFall MacFaull MacGee MacGeehan MacGill MacGilligan
MacGing MacGinley MacGinnitty MacGinnity MacGinty MacGloin MacGlynn MacGovern MacGreal
MacGroarty MacGuinness MacGurk MacHale MacHenry MacHugh MacInerney MacInnes MacKay MacKenna
MacKenzie MacKeown MacKevitt MacLysaght MacMahon MacMonagle MacMorrow MacMullan MacMullen
MacNabb MacNaboe MacNaboola MacNally MacNamara MacNamee MacNeela MacNeill MacNelis MacNulty
MacPherson MacPhilbin MacShea MacSweeney MacTiernan MacVeagh MacVeigh MacWilliams Maca Macan
Macauley Maccanelli Macdonald Mace Macedo Macek Maceková Mach Machata Machatová Machnáč
Machnáčová Macho Machová Macháček Macháčeková Macháčková Macias Macka Macken Mackesey Mackey
Mackle Macko Mackovič Mackovičová Macková Maclean Macmillan Maco Macová Macrea Macías Madar
Madara Madarová Madden Maddock Maddox Maddy Madej Madejová Madera Maderna Maderno Madigan
Madisson Madrid Madrigal Madsen Madunić Maertens Maes Maestas Maestre Maeyer Maffei Magafopoulou
Magalhães Magan Maganari Magann Magauran Magaña Magee Mageean Magennis Magennity Maggioli Magill
Maginn Magić Magkafopoulou Magkanari Magkoufis Maglio Magnani Magnusson Magoufis Magoula
Magrassi Magrath Maguire Magyar Magál Magálová Mahe Mahedy Maher Mahieu Mahmudov Mahmudova
Mahnet Mahon Mahoney Mahony Maia Maidla Maillet Maillot Maire Majcen Majdan Majdanová Majdenić
Majdán Majdánová Majeská Majeský Major Majorana Majstorović Mak Makarenko Makariadis Makaronska
Makaronski Makkonen Mako Makogon Makovac Makovec Makovecová Makovica Makovická Makovický Maková
Makový Makri Makropoulou Makrygiannis Makrykostas Maksimow Maksimowa Makulu Malacarne
Malachovská Malachovský Malama Malaparte Malatesta Malave Maldonado Malenchini Maletić Malfait
Malimi Malina Malinen Malinová Malipiero Malischko Malishko Malley Malli Mallien Mallon Malm
Malmberg Malmgren Malmqvist Malmström Malnar Malo Malone Maloney Malowney Maloča Malpighi Malsen
Malá Malíšek Malíšeková Malõšev Malý Mamala Mamchur Mamić Mammis Mamojka Mamojková Mamontov
Mamontova Mamontow Mamontowa Mamtschur Mamula Man Manacorda Manahan Manavska Manavski Manawska
Manawski Mancebo Mandalos Mandel Mandros Manelidis Maneta Mangan Mangel Mangfova Mangfowa
Mangrov Mangrova Mangrow Mangrowa Maniati Manikas Maniotis Manitarou Manjón Manley Manne
Manninen Manning Mannion Mannix Mannoia Manolakis Manole Manoleas Manolesso Manopoulou Manos
Manoukas Manouselis Manousiadis Manousopoulou Manrique Mansell Mansfield Manso Manson Mansveld
Mansvelt Mansız Manta Mantaris Mantas Mantegazza Mantegna Mantou Mantzoros Mantzouranis Manuel
Manunta Manzanares Manzano Manzoni Manço Mara Maragkos Maragos Marakas Maraki Marangoni Maras
Marasović Marazzi Maraš Marcacci Marceron Marcin Marcinek Marcineková Marcinko Marcinková
Marcinová Marco Marconi Marcos Mardešić Marduras Mare Marec Marek Mareková Marenzio Mares
Maretić Mareček Marečeková Mareš Marešová Marfell Margaris Margaritaki Margariti Margaronis
Margia Margita Margitová Marien Marijanović Marinetti Marinković Marinović Marion Maripuu Maris
Mariscal Marián Mariánová Mariën Mariño Maričević Marjanović Markanjević Markantonaki Markey
Markham Markkanen Marklund Marko Markopoulos Markovac Markovič Markovičová Markovska Markovski
Marková Markow Markowa Markowska Markowski Markoš Markošová Marks Markus Markuš Markušová Marley
Marnan Marolt Marougianni Maroš Marošová Marquez Marqués Marras Marren Marrero Marrinan Marron
Marrone Marroquín Marry Marsden Marsh Marsili Marta Martel Martiadou Martikainen Martineau
Martinec Martinecová Martinek Martineková Martinić Martinka Martinko Martinkovič Martinkovičová
Martinková Martinović Martinovič Martinovičová Martinovska Martinovski Martinová Martinowska
Martinowski Martinsen Martinson Martinsson Martinák Martináková Martinček Martinčeková
Martinčević Martić Martorell Martová Marttila Marttinen Martucci Martyn Martynow Martynowa
Martzoukou Martáň Martáňová Martí Martín Marušić Mary Marzorati Maréchal Marí Maršić Marťan
Marťanová Maržić Mas Masaouti Masarik Masariková Masaryk Masaryková Masarík Masaríková Mascagni
Mascareñas Mascaró Mascheroni Masepa Masgalas Masiala Masika Masljak Maslo Maslová Maslow
Maslowa Maslyak Masná Masný Masokha Mason Masopoulos Maspero Massa Masse Masseron Massey
Massocha Mast Mastandrea Masterson Mastoras Mastrangeli Mastrogiannidou Mastrogiannis
Mastrogiorgis Mastroianni Masur Masár Masárik Masáriková Masárová Mata Matahlija Matana Matas
Mate Matelot Matentsidou Mateo Mateos Mater Mateu Matevska Matevski Matewska Matewski Mateša
Matheson Mathews Mathiasen Mathiesen Mathisen Mathol Mathurin Matias Matiaško Matiašková Matijaš
Matijević Matikainen Matilainen Matile Matjasch Matko Matković Matokanović Matos Matoušek
Matoušková Matovina Matošević Matsoukas Matsouri Mattarella Matteotti Matthews Matthijs Matthys
Mattila Mattsson Matulin Matulić Matvejev Matveyev Matveyeva Matviyenko Matwejew Matwejewa
Matwijenko Matyash Matías Matějka Matějková Maughan Maurice Maury Mauréry Mauréryová Mavra
Mavraeidi Mavridi Mavridou Mavrikakis Mavrič Mavroeidakos Mavroeidi Mavrogonatos Mavromanolakis
Mavrommatis Mavropoulou Mavroudis Mavroutsos Maxwell Maya Maye Maynard Mayo Mayol Mayor Mayoral
Mayorga Mays Maza Mazarakis Mazepa Mazilescu Mazzacurati Mazzanti Mazzeo Mazzi Mazzini Mazzocchi
Maćešić Maček Mačeková Mačko Mačkovič Mačkovičová Mačková Mačo Maďar Maďara Maďarič Maďaričová
Maďarová Maďár Maďárová Mašek Mašková McAdams McAleavy McAleenan McAleer McAlinney McAlister
McAloon McAlunny McAnally McAndrew McAnulty McArdle McAreavey McAtee McAteer McAuley McAuliffe
McAveigh McBreen McBride McBrien McCabe McCadam McCadden McCafferky McCafferty McCaffrey
McCaffry McCahill McCall McCallion McCallum McCann McCardle McCarney McCarra McCarron McCartan
McCarte McCarville McCaughan McCaughey McCaul McCauley McCausland McCay McClean McClelland
McCloskey McCluskey McColgan McColl McCollam McComiskey McConaghey McConaghy McConnell McConnon
McCooey McCool McCorkill McCorley McCormick McCorry McCourt McCoy McCracken McCrann McCrea
McCready McCreanor McCrory McCrossan McCrudden McCullagh McCullough McCumiskey McCumisky McCurdy
McCurley McCurtin McCusker McDade McDaeid McDaid McDermod McDermott McDevitt McDonagh McDougald
McDowall McDowell McDunphy McDwyer McDyer McElduff McElgunn McElhattin McEllistrim McElnay
McElnea McElroe McElroy McElwaine McElwee McEnaney McEneaney McEnry McEntaggart McEntee McEvaddy
McEvilly McEvoy McEwen McFadden McFall McFarland McFarlane McFaull McGahey McGalligly McGann
McGarraghy McGarrigle McGarry McGarvey McGauran McGaw McGeady McGee McGeehan McGeoghegan McGeown
McGerr McGettigan McGettrick McGill McGillicuddy McGilligan McGilly McGilroy McGinley McGinnitty
McGinty McGirl McGirr McGivern McGlinchey McGlinchy McGloin McGlynn McGoff McGoldrick McGonagle
McGough McGourty McGovern McGowan McGowern McGrane McGrath McGreal McGregor McGrenehan McGroarty
McGrory McGruddie McGruddy McGuigan McGuill McGuinn McGuinness McGuire McGuirk McGuirl McGurk
McHale McHarry McHenry McHugh McIldownie McIlroe McIlroy McIlwee McIneely McInerney McInnes
McIntosh McIntyre McIsaac McIvor McKaigue McKay McKee McKeegan McKeever McKelvey McKendry
McKeniry McKenna McKenny McKeogh McKeon McKeown McKernon McKevitt McKie McKiernan McKillop
McKing McKinley McKinney McKinnon McKnight McLachlan McLaughlin McLaverty McLean McLeer McLeese
McLeigh McLeod McLoon McLoone McLoughlin McMacken McMahon McManaway McManus McMaster McMenamin
McMillan McMonagle McMorrow McMullen McMurray McMurrough McNabb McNaboe McNally McNamara McNamee
McNaughton McNea McNealy McNee McNeely McNeill McNelis McNevin McNicholas McNicholl McNill
McNulty McPartland McPartlin McPartlon McPherson McPhilbin McPhillips McPolin McQuade McQuaid
McQueen McQuilkan McQuillan McQuillen McQuin McQuinn McRann McReady McRoarty McRory McShane
McSharry McSheehy McTeague McTernan McTiernan McTigue McVeagh McVeigh McVicker McVitty McWalter
Mcbride Mccall Mccann Mccarthy Mccarty Mcclain Mcclure Mcconnell Mccormick Mccoy Mccullough
Mcdaniel Mcdonald Mcdowell Mcfarland Mcgee Mcgrath Mcguire Mcintosh Mcintyre Mckay Mckee
Mckenzie Mckinney Mcknight Mclaughlin Mclean Mcmahon Mcmillan Mcneil Mcpherson Meadows Meads
Meaghan Meagher Meaney Meany Meara Mears Medač Medici Medić Medrano Medvecká Medvecký Medved
Medvedenko Medveď Medveďová Medwedenko Mee Meehan Meenaghan Meenan Meer Meeres Meersman Meert
Mees Meester Meeus Meeusen Megaw Mehigan Meimaris Meis Meić Mejia Mejía Melady Melander Melani
Meldon Melendez Melero Melet Melgar Melia Melican Melichar Melicharová Melicher Melicherová
Melicherík Melicheríková Melicherčík Melicherčíková Melichár Melichárek Melicháreková
Melichárová Melin Melis Melitsopoulos Mellet Mellon Mellor Melnikow Melnikowa Melo Melody Melton
Melville Melvin Meléndez Mena Menchaca Mendez Mendizábal Mendonça Mendoza Mendès Menendez Meng
Mengk Mengolo Mennea Mens Menthonnex Menton Menéndez Menšík Menšíková Merakov Merakova Merakow
Merakowa Meraz Mercadante Mercader Mercado Mercalli Mercantini Mercati Mercer Mercks Merckx
Meredith Merila Meriläinen Merino Merisi Merkaš Merkuschew Merkuschewa Merkushev Merkusheva
Merkx Merle Mernagh Merrigan Merritt Merry Mesa Mesarić Mescall Mesić Meskill Mestdagh Metaxas
Metcalfe Metella Mets Meucci Meulen Mexi Mey Meza Mezei Mezzetta Mečiar Mečiarová Miah Micca
Michael Michailidou Michajlitschenko Michajljuk Michajlow Michajlowa Michajlowska Michajlowski
Michalakis Michalarou Michalech Michalechová Michalek Michaleková Michalellis Michalica
Michalicová Michaljuk Michalka Michalko Michalková Michalík Michalíková Michejew Michejewa
Michelakaki Michelangeli Micheletti Micheli Michelson Michiels Michielsen Michos Michou
Michálech Michálechová Michálek Micháleková Michálik Micháliková Middelkoop Middlemiss Middleton
Miettinen Migliaccio Miguel Mihalik Mihaliková Mihalić Mihaljević Mihalík Mihalíková Mihelič
Mihelčić Mihhailov Mihić Mihálik Miháliková Mijsberg Mikhajlovska Mikhajlovski Mikhalyuk
Mikhaylichenko Mikhaylov Mikhaylova Mikhaylyuk Mikheyev Mikheyeva Mikitjuk Mikityuk Mikić Mikk
Mikkelsen Mikkola Mikkonen Miklavčič Miklečić Mikloš Mikloško Miklošková Miklošová Miklík
Miklíková Mikulandra Mikulec Mikulák Mikuláková Mikulík Mikulíková Mikulčić Mikuš Mikušová Mikúš
Mikúšová Mil Milachkov Milachkova Milanesi Milas Milatić Milatschkow Milatschkowa Milea Milenkov
Milenkova Milenkow Milenkowa Miles Miletić Milevoj Miley Miliadou Miliaki Milina Milioris
Miličić Milla Millar Millard Millea Millican Milligan Mills Millán Milmo Milne Miloslavić Milota
Milotić Milotová Milovac Milroy Miltenburg Mimica Mimun Mina Miner Miniati Minihan Minihane
Minogue Mináč Mináčová Miočić Mir Miralles Miramontes Miranda Mireles Mironow Mironowa
Mirosavljević Miroschnitschenko Miroshnichenko Mirt Miró Mirəhmədov Mirələmov Miscell Mischin
Mischina Mischos Mischtschenko Mishchenko Mishin Mishina Misidou Miskell Mispelen Missoni Mistry
Mistrík Mistríková Mitrevska Mitrevski Mitrewska Mitrewski Mitridis Mitropoulos Mitropoulou
Mitsopoulos Mitsopoulou Mitsou Mitt Mičetić Mišak Miše Mišković Mišík Mišíková Mjasnikow
Mjasnikowa Mladenov Mladenova Mladenovska Mladenovski Mladenow Mladenowa Mladenowska Mladenowski
Mlakar Mlinar Mlinarič Mlynár Mlynárik Mlynáriková Mlynárová Mnogosnajewa Mnogoznayeva Moan
Moberg Mocanu Moccia Mocenigo Mochev Mocheva Modiano Modig Modigliani Modrić Modugno Moe Moen
Moenen Moens Moensendijk Moerman Moet Mofardin Moffatt Moffit Mogensen Mogherini Mohamed
Mohammad Mohamud Mohan Moher Moilanen Moiseyev Moiseyeva Moisio Moissejew Moissejewa Mojica
Mojsov Mojsova Mojsow Mojsowa Mojžiš Mojžišová Mokas Mokroš Mokrošová Mol Molchanov Molchanova
Molegraaf Molen Molenaar Moles Molesini Molin Moliner Molins Moll Molloy Molnár Moloney
Moltschanow Moltschanowa Molyneux Momberg Monachas Monaco Monaghan Monagle Monahan Mondadori
Mondaini Mondragón Monduzzi Moneta Mongan Monicelli Monk Monks Monnard Monnet Monney Mononen
Monreal Monroe Monroy Montague Montalbán Montalcini Montalti Montalvo Montanariello Montandon
Montanelli Montaña Montañez Montaño Monte Montecchi Montemayor Montenegro Montero Montes
Montesano Montesinos Montessori Monteverdi Montez Montgomery Montjanow Montjanowa Montoya
Montserrat Montyanov Montyanova Moody Mook Moon Moone Moonen Mooney Moons Moor Moors Mora
Morabito Moraes Morahan Morais Moraiti Moraitis Moraleda Moran Morand Morandi Morandini Morante
Morard Morata Moravcová Moravec Moravecová Moravčík Moravčíková Morcillo Moreels Morel Morell
Morellato Morera Moresi Morgagni Moriarty Moric Moricová Morillo Morić Morlacchi Morley Mornane
Moroney Moros Morosini Morová Morpurgo Morricone Morrin Morrison Morrissey Morrocco Morrow Morse
Mortati Mortensen Mortier Mortimer Morton Morucci Morvan Morán Moscarda Moschino Moschopoulos
Moschovaki Moses Moskal Moslavac Mosley Mosquera Moss Mota Motschew Motschewa Mottet Mottiez
Motyka Motyková Motyčka Motyčková Mountain Moura Mouselimis Moutousidis Moutzouri Moy Moya Moyer
Moylan Moynihan Moysidou Mozart Močibob Mpafera Mpafiti Mpaganas Mpaklavas Mpakostergiou
Mpakouli Mpalabani Mpalanika Mpalasi Mpalaskas Mpali Mpalli Mpaloukidis Mpaltagiannis Mpaltatzi
Mpaltzis Mpantes Mpantis Mparkouta Mpatsaki Mpatzani Mpekakou Mpekos Mpelekou Mpenetou
Mperbatiotis Mperedimas Mpesyri Mpibika Mpibiri Mpika Mpillas Mplanas Mpliatsiou Mpofos Mponeli
Mpotis Mpotonis Mpotsolis Mpotza Mpotziori Mpoukos Mpouloukos Mpourlis Mpousios Mpouza Mpoziki
Mpozikis Mpraesa Mpraziotis Mprouzou Mpyrou Mrak Mraović Mraz Mrazek Mrazeková Mrazko Mrazková
Mrazová Mráz Mrázik Mráziková Mrázka Mrázko Mrázková Mrázová Mucha Muchin Muchina Muchová Mudden
Mudgway Mudri Mudronja Muhonen Muijs Muir Mujew Mujewa Mukhina Mulcahy Mulcair Mulders Muldoon
Muldowney Mulet Mulgrave Mulgrew Mulhare Mulhern Mulkerrin Mullaghan Mullaly Mullan Mullane
Mullaney Mullany Mullarkey Mullen Mullery Mulligan Mullin Mullins Mullooly Mullooney Mulloughney
Mulloy Mulqueen Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvany Mulvenna Mulvey
Mulvihill Mulvin Mulvy Munari Munguía Munnelly Munro Munroe Munster Mur Murae Muratori Muravyev
Muravyeva Murawjew Murawjewa Murcia Murdoch Murgaš Murgašová Murialdo Murillo Murin Murinová
Muriset Murnane Murnin Muro Murri Murrihy Murtagh Muru Murín Murínová Musabəyov Musabəyova
Musatti Musaxanlı Musazadə Musijanovska Musijanovski Musil Musilová Mussijanowska Mussijanowski
Must Mustakova Mustakowa Mustapić Mustač Mustonen Musy Muti Muxtaroğlu Muyev Muyeva Muynck Muñiz
Muğanlı Mušćet Mužina Mužić Myasnikov Myasnikova Mydlo Mydlová Myhre Myklebust Myles Myllymäki
Mylonas Mylonidou Mysirlis Mytari Myteletsis Mác Mácka Mácková Mácová Mármol Márquez Márton Máté
Máček Máčeková Máčik Máčiková Mäe Mäenpää Mäeots Mäesalu Mägi Mäkelä Mäki Mäkinen Mänd Mändla
Männik Männiste Männistö Mäntylä Määttä Månsson Mårtensson Méndez Mészáros Mínguez Móric
Móricová Mõttus Mölder Møller Múgica Múñiz Müllerová Mürk Mürvətqızı Müür Müürsepp Məcnunbəyov
Məhərrəmli Məhərrəmoğlu Məhərrəmzadə Məlikzadə Məmmədli Məmmədquluzadə Məmmədxanlı Məmmədzadə
Naccari Nadal Nadi Naessens Nagle Nagy Nagys Nakić Nalivayko Naliwajko Nallon Nally Nalty Nangle
Nanouris Nantsou Naoum Napolitano Naranjo Narušis Narváez Nary Nasarenko Nasarow Nasarowa Nash
Nasikas Nasiopoulos Nassou Nastatos Nastos Natsouli Natta Naughton Naujokas Naumovska Naumovski
Naumow Naumowa Naumowska Naumowski Nausėda Nava Navara Navarová Navarrete Navarria Navas Navone
Navrátil Navrátilová Naylor Nazario Načinović Nağıoğlu Nea Neal Nealon Neary Nebot Necci
Nederlotharingen Nedermeijer Nedić Nedjalkow Nedjalkowa Nedyalkov Nedyalkova Nee Needham Neehan
Neelan Neelin Neenan Negoda Negrete Negrón Neilan Neilian Neill Neilson Neira Neirynck Nek
Nekrassow Nekrassowa Neligan Nelis Nelissen Nelos Nemcová Nemec Nemes Nemeș Neporoschni
Neporoschnij Neporozhni Neporozhniy Nes Nestajko Nestayko Nesterenko Nesterow Nesterowa Nestor
Neto Neustrië Neuteboom Neuzerling Nevado Nevala Nevalainen Neve Neven Neves Neveu Neville Nevin
Nevárez Newman Newton Neyens Neylon Nibali Nicholas Nicholls Nichols Nicholson Nicol Nicolau
Nicoletti Nicolini Nicolucci Nicolás Niemelä Niemi Nieminen Niermann Nieto Nieuwenhuijsen
Nieuwstraten Nieves Nievo Niggli Nihoe Niiranen Niit Nijman Nijs Nika Nikiforow Nikiforowa
Nikitopoulos Niklasson Nikolaidis Nikolajew Nikolajewa Nikolatou Nikolayev Nikolayeva Nikoljuk
Nikolopoulos Nikolopoulou Nikoloudaki Nikolovska Nikolovski Nikolow Nikolowa Nikolowska
Nikolowski Nikolyuk Nikonov Nikonova Nikonow Nikonowa Nikoulis Nikula Niland Nilsen Nilsson
Nimac Nimwegen Niquille Niscoromni Niskanen Nissen Nissinen Nitra Nitrová Nitsotolis Nitti Nitto
Nixon Niño Nišević Nižetić Nižnanská Nižnanský Nižnánsky Nižnánská Nižňanská Nižňanský Niță
Noble Noe Nogueira Noguera Nogués Nolan Nolcini Nollee Nolty Nonis Noonan Noone Noordeloos
Noordijk Noordmark Noort Noot Norac Norberg Norbiato Nord Nordberg Nordgren Nordin Nordio
Nordlander Nordlund Nordqvist Nordström Norgren Noriega Norlin Norling Norman Normand Norris
Norrman Norry North Northeim Norton Norén Nosachenko Nosenko Nosiglia Noskow Noskowa Nosov
Nosova Nossatschenko Nossenko Nossow Nossowa Nota Notarbartolo Notová Nousiainen Nousis Novaes
Novais Novaro Novoa Novosel Novota Novotná Novotný Novák Nováková Noël Ntagali Ntagkali Ntanola
Ntanou Ntavas Ntokos Ntotis Ntotsi Ntoulias Ntova Ntovas Ntrivala Ntziavida Nuffel Nugent Nugnes
Nulty Nunes Nunez Nunne Nurk Nurm Nurmi Nurminen Nurəli Nus Nusslé Nuut Nuutinen Nuwenhijsen
Nuwenhuijzen Nuwenhuse Nuwenhuysen Nuyts Nuñez Nyberg Nyeuwenhuysen Nygren Nygård Nyhan Nykänen
Nylander Nylund Nylén Nyman Nys Nyström Nájera Nálepka Nálepková Näslund Næss Németh Nôta Nôtová
Nõmm Nõmme Nõmmik Nørgaard Nüsslin Němcová Němec Němeček Němečková Nəbibəyli Nəbioğlu Nəbiqızı
Nərimanov Nərimanova Nəsibova Nəsirli Nəzirli Nəzirova Nəzərli Oberemko Obratov Obrien Obšut
Obšutová Ocampo Ocasio Ocaña Ochoa Ochrimenko Ochrimowitsch Ochten Oconnell Oconnor Oda
Odescalchi Odintsov Odintsova Odinzow Odinzowa Odobašić Odom Odonnell Oemencs Oennen Oever
Offredi Ohlsson Oikarinen Oikonomopoulou Oinonen Oirschot Oja Ojala Ojanen Ojaste Ojeda
Okhrimenko Okhrimovich Oks Oksanen Olander Olausson Olesen Olesk Oliboni Olifirenko Olijnik
Oliva Olivares Olivas Oliver Olivera Oliveras Olivetti Olivo Olivárez Olivé Oliynik Oller
Ollikainen Ollila Ollivier Olmedo Olmo Olmos Olofsson Olsen Olson Olsson Olst Olthof Olvera
Olykan Oláh Omma Ommeren Ondrašík Ondrašíková Ondrejka Ondrejko Ondrejkovič Ondrejkovičová
Ondrejková Ondrus Ondrusek Ondruseková Ondruš Ondrušek Ondrušeková Ondruška Ondruško Ondrušková
Ondrušová Ondráš Ondrášek Ondrášeková Ondrášik Ondrášiková Ondrášová Ondrúšek Ondrúšeková Oneal
Oneill Onio Onischtschenko Onischtschuk Onishchenko Onishchuk Onisto Ontiveros Onufrijenko
Onufriyenko Ooms Ooste Oosten Oostendorp Oosterhek Oosterhout Oostveen Ooyen Op Opanasenko
Opanassenko Opizzi Opluštil Opluštilová Opmans Opper-Lotharingen Oprea Oquendo Oras Orav Orbanić
Orbán Orchard Ordóñez Orechow Orechowa Orellana Orengo Orešković Orfanakis Orfanidou Orfaniotis
Org Orleans Orlik Orlić Orlović Orlík Orlíková Ormsby Ornelas Orobets Orobez Orosco Orosz Orozco
Orr Orsini Orsós Orta Ortese Ortolani Ortuño Orucov Oršolić Oršoš Oršulić Osborn Osborne Oscuro
Oskarsson Osorio Ossani Ossipov Ossipow Ossipowa Ossola Ostapchuk Ostaptschuk Osterhoudt
Ostinelli Osuna Otero Ots Otsos Otte Ottino Ottosson Otčenáš Otčenášová Oude Oudewater Ouwel
Ouwerkerk Ovadia Ovcharenko Overdijk Overeem Overgaard Oversteeg Ovnarska Ovnarski Ovsiyenko
Owen Ownarska Ownarski Owsijenko Owtscharenko Owtschinnikow Owtschinnikowa Ozimec Ozuna Očenáš
Očenášová Paal Paananen Paap Paas Paavilainen Paavola Pablo Pabón Paccot Pace Pacelli Pacetti
Pacharzka Pacheco Pachomow Pachomowa Pachoud Pacillo Pacomio Padden Padilla Padovano Padrón
Paegle Paepe Pagalos Paganini Page Pages Pagkalos Pagliaro Pagnotto Pagès Paillet Paiva Pajer
Pajerová Paju Pajula Pajunen Pajur Pakarinen Pakhomov Pakhomova Palabougiouki Palacio Palacios
Palaiologopoulou Palaiologos Palau Palazzo Pali Palieraki Palij Palios Palioura Paliy Palić
Palka Palko Palkovič Palkovičová Palková Palla Palladio Pallarès Pallas Pallo Pallová Palm Palma
Palman Palmgren Palmisano Palmqvist Palo Palomar Palomares Palombi Palomino Palomo Palomäki
Palov Palovič Palovičová Palovová Palová Palovčík Palovčíková Paltrinieri Palu Paluch Paluchová
Palúch Palúchová Pamić Panagiotakopoulos Panagiotakopoulou Panatta Panchuk Pandis Pandurić
Panfilow Panfilowa Paniagua Panicucci Pankidou Panopoulou Panos Panou Panousis Panovska Panovski
Panow Panowa Panowska Panowski Pantazi Pantazis Pantiska Pantoja Pantos Pantou Pantschuk
Pantzartzidis Pantzekos Pantziou Panzera Paoletti Paolini Paolucci Pap Papachristou Papadima
Papadimitrakis Papadimitriadis Papadimitropoulou Papaevangeliou Papaevangelou Papafava Papafotis
Papagiannakopoulos Papagiannis Papagiannopoulos Papak Papakonstantinou Papakosta Papananou
Papandreou Papandrikopoulou Papanota Papapanos Paparić Paparoidamis Papaspiliotopoulou
Papastavrou Papastergiou Papathanasiou Papatheodosiou Papathoma Papatrechas Papatzika Papetti
Papoudis Papoulis Papoutsopoulou Papp Pappa Paradi Paranou Paraschkewow Paraschkewowa
Parashkevov Parashkevova Paraskeva Paraskevopoulos Parassjuk Parasyuk Pardo Paredes Pareja
Parejo Parent Pareto Parganas Parijs Parini Parkes Parkin Parkinson Parkkinen Parks Parmentier
Parmitano Parousis Parpinel Parra Parri Parrish Parry Parsons Partanen Partida Parts Paruta
Parviainen Parys Pasanen Pascal Pascarella Paschoud Pascual Pasman Pasolini Pasqua Passalacqua
Passalidis Passchiers Pastine Pastoors Pastor Pataki Patchett Patelis Patelli Paten Paterson
Patiniotaki Patiño Patkov Patkova Patkow Patkowa Patmanidis Paton Patrick Patscharska Patsouras
Patsourea Patton Pattyn Pauko Pauková Paulauskas Paulik Pauliková Pauliček Pauličeková Paulovič
Paulovičová Paulsson Paulík Paulíková Paulíček Paulíčeková Pausini Pauw Pauwels Pavanello
Pavarotti Pavel Pavelek Paveleková Pavelić Pavelka Pavelko Pavelková Pavelová Pavert Pavin
Pavičić Pavka Pavko Pavković Pavková Pavlaki Pavli Pavlichenko Pavlidou Pavlik Pavlikovská
Pavlikovský Pavliková Pavlin Pavlič Pavliček Pavličeková Pavličko Pavlo Pavlovič Pavlovičová
Pavlovová Pavlová Pavlík Pavlíková Pavlíček Pavlíčeková Pavol Pavolová Pavone Pavuk Pavón Pavúk
Pavúková Pawlenko Pawlik Pawlitschenko Payne Paz Pazos Paúk Paúková Paľa Paľka Paľko Paľková
Paľo Paľov Paľovová Paľová Paľovčík Paľovčíková Paľuch Paľuchová Paľúch Paľúchová Pašek Pašeková
Paška Paško Pašková Peacock Peano Pearce Pearson Peck Pecotić Pedalov Pedalova Pedalow Pedalowa
Pederiva Pedersoli Pedišić Pedraza Pedrazzini Pedrero Pedro Pedroni Pedrosa Pedroza Peeters
Peharda Pehkonen Peinado Peiró Peitrequin Peixoto Pejewa Pekkala Pekkarinen Pelayo Pelech Pelekh
Pelikán Pelikánová Pelkonen Pellet Pelli Pellicer Pellico Pelser Peltier Peltola Peltonen
Peltoniemi Peláez Pemousi Pena Pender Pendschakowa Pendzhakova Penić Pennanen Pennetta
Pennington Pent Penttilä Penttinen Pepe Peppas Pera Perak Perakis Peral Perales Peralta Peranda
Perano Perck Perdikakis Perdikis Perea Perebijnis Perebiynis Perelló Perepelitsia Perepelitsya
Perepelizia Perepelizja Perera Peres Pergolesi Perini Peristeropoulos Perišić Perkins Perko
Perkov Perković Peron Peronne Peroulaki Perozzo Peroš Perpinias Perrakis Perri Perrono Perrotis
Persico Persijn Persson Pertile Pertini Peruzzi Peruško Perälä Perčić Pesonen Pestov Pestova
Pestow Pestowa Petek Peterlik Peterse Petersson Petitjean Petkovska Petkovski Petkowska
Petkowski Petljura Petlyura Petraki Petrakis Petralli Petrassi Petrauskas Petridou Petrik
Petritakis Petrić Petričević Petrocelli Petrogiannis Petropoulos Petrosian Petrou Petrovická
Petrovický Petrovič Petrovska Petrovski Petrová Petrowska Petrowski Petrucci Petrucelli Petruzzi
Petruška Petrušková Petsas Petsi Petsia Petta Pettai Pettersen Pettersson Petty Petuchow
Petuchowa Pevetsova Pevkianakis Pewezowa Peyeva Peyton Pezzali Peña Peñalver Peñas Pečnik Pečur
Peša Peška Peško Pešková Phayre Phelan Phelps Philban Philbin Philips Phillipsen Pi Piacentini
Piagkos Piagos Piane Piazzi Piccand Piccinni Piccio Pichardo Pickering Piddubna Piddubni
Piddubnij Piddubniy Pierce Pierson Pieters Pietilä Pietrangeli Pigafetta Piggott Pignatti Pigott
Pihelgas Pihl Pihlak Piho Piir Piirainen Piirsalu Pika Pike Pikec Pikjanska Pikjanski Pikk
Pikounis Piková Pikros Pikyanska Pikyanski Piljek Pimenta Pina Pinamonte Pincherle Pinder Pineau
Pineda Pinedo Pinheiro Pinho Pinilla Pininfarina Pino Pintar Pintarić Pintarič Pintor Pintér
Piovani Piperakis Piperidi Piperigkos Piperigos Pippas Piquer Pirandello Pirc Pirelli Pirinen
Pirnat Pisacane Pisani Pisano Pisaroni Pischinas Pischtschowkolewa Pishchovkoleva Piskopani
Pison Pispa Pissios Pistoletto Piteros Pitkänen Pitsakis Pitsis Pitsolis Pittman Pitts Pizarro
Pizzamano Pizzetti Pizziol Pizzo Piña Piñeiro Piñol Pišút Pišútová Pkov Pkow Pla Plakotaris
Plana Planas Plantak Plantard Plantek Plas Plataki Platini Plaucha Plauchová Plavec Plavecová
Plavucha Plavuchová Plaza Plažanin Plch Plchová Plekancová Plekanec Pleše Plešivcová Plešivec
Pliatsikas Pljunkowa Pljuzowa Ploeg Ploom Ploschtschakow Ploschtschakowa Ploshchakov
Ploshchakova Plover Pluijm Plyunkova Plyutsova Poakov Poakova Poakow Poakowa Pocius Podhradská
Podhradský Podkonická Podkonický Podniece Podnieks Poelmans Poerio Pogačnik Pohjola Pokas
Pokorná Pokorný Pokos Pol Polanco Poland Polani Polatidou Pole Polemi Polesel Polfliet Poliak
Poliaková Polis Politou Polizzi Polić Poljak Poljakov Poljakow Poljakowa Polla Pollard Pollet
Pollák Polláková Polo Polonijo Polović Poltavets Poltawez Polychronidis Polychronis
Polychronopoulos Polyzoakis Polák Poláková Pomares Pombo Pometta Ponce Poncelet Ponci Pondov
Pondova Pondow Pondowa Pongrac Ponomarew Ponomarewa Pons Pont Pontecorvo Ponti Poole Poom Pope
Popovska Popovski Popowska Popowski Poppe Poppel Porcel Porcellato Porfyriadou Porichis Poropat
Porras Porta Porter Portero Portillo Porto Porubjak Porubjaková Porzio Posada Posantzi Poslon
Pospíšil Pospíšilová Post Potamianou Potapow Potapowa Potier Potočnik Potter Potters Pottier
Potts Pou Poucke Pouftsis Pouli Pouliasi Poulida Pouliezos Poulimenos Poulogiannopoulos Poulsen
Pournara Pouw Povilonis Power Powers Poza Pozder Pozo Pozuelo Pozzecco Poška Požega Praagh Prada
Prado Praet Praga Prat Pratesi Prati Prats Pratt Preciado Predovan Preka Prelec Prendergast
Prentice Preočanin Preston Prial Pribanić Prichodko Priede Priedīte Priedītis Priego Priest
Prieto Prijmak Prikhodko Primachenko Primatschenko Primožič Prince Pringle Prinov Prinova Prinow
Prinowa Prins Prinsen Priselac Pritchard Pritula Priuli Privet Priymak Prndachka Prndatschka
Procacci Prochorow Prochorowa Procházka Procházková Procter Proctor Prodi Proietti Projkowa
Prokop Prokopovich Prokopowitsch Proost Proschkow Proschkowa Proshkov Proshkova Protsenko Prouse
Prouva Provis Proykova Prozenko Prpić Prskalo Prtenjača Pruitt Pruul Pruvost Prvanova Prwanowa
Pryal Prévost Psaltis Psychari Psychias Psyllakis Psyrri Ptechkova Ptetschkowa Pucci Puccini
Puente Puerta Puga Pugh Pugliese Puglisi Puhakka Puharić Puig Pujadas Pujol Pukk Pukluš
Puklušová Pulci Pulev Puleva Pulew Pulewa Pulido Puljiz Pulk Pulkkinen Pupák Pupáková Puranen
Purcell Puriņa Puriņš Purmale Purmals Puschkar Pushkar Pustovit Pustowit Put Putinja Puusepp
Puustinen Puška Puškarić Pušková Puškár Puškárová Pușcașu Pylarinos Pyrovolou Páez Pál Pálka
Pásztor Pärn Pärna Pärnpuu Pärtel Pääkkönen Pålsson Péter Põder Põdra Põld Põldma Põldmaa Põllu
Pöllänen Püvi Pērkona Pērkons Pənahov Pʼjatatschenko Pʼyatachenko Qabiloğlu Qafarov Qafurbəyli
Qarabağlı Qasımov Qoçulu Qoşalı Quaide Qualter Quartier Quasimodo Queally Queenane Querini Quero
Querol Quesada Quevedo Quezada Quigley Quigney Quill Quillinan Quilty Quin Quinlan Quinlivan
Quinney Quinny Quintana Quintanilla Quintero Quirke Quiroga Quiroz Quirós Quiñones Quiñónez
Qurbanlı Qurbanov Qutqaşınlı Qədirzadə Qəhrəmanlı Qənizadə Raadik Raag Raamat Raatikainen
Rabbitte Rachmanidis Rachovitsas Rackham Radchenko Radelić Rademaker Radin Radinović Radiopoulou
Radman Radojković Radolović Radovalis Radović Radočaj Radošević Radtschenko Rael Raemdonck Raes
Raeymaekers Rafferty Rafios Rafter Raftery Raftis Ragkousis Ragousis Raguž Rahija Rahilly Raid
Raidma Raight Rails Raimondi Raja Rajala Rajh Rajn Rajčić Rak Rakela Rakovan Rakovanová Raková
Rakuljić Raleigh Raljević Rallis Ramaekers Ramaker Ramazzotti Ramis Ramsay Ramsey Ramírez Ramón
Ramšak Rand Randall Randazzo Randles Randmaa Randoja Randolph Raney Rangel Rangelov Rangelova
Rangelow Rangelowa Ranta Rantala Rantanen Raol Rapin Rapisardi Rappaz Rapraz Rascón Rask
Rasmussen Raspor Rastelli Rastija Rattigan Raud Raudsepp Rauhala Raurica Rautiainen Rautio
Ravaglioli Ravn Ravtopoulou Rawley Ray Raya Rayel Raymond Raynaud Rayner Razo Rađenović Rašeta
Rašić Ražov Rea Read Reade Reader Real Reardon Reavy Rebane Rebić Rebollo Rebrik Recer Recers
Recio Reddin Redi Redican Redko Redmond Redondo Reede Reen Rees Reese Reeves Regalado Regan
Regas Regge Regkas Regnier Reguera Rehn Rehorst Reid Reidy Reig Reijers Reilly Reimes Reina
Reinikainen Reinsalu Reis Rek Remmel Remmers Renders Rendulić Rendón Renehan Renier Rensi Rentas
Rentería Rentzos Renzi Repiská Repiský Repo Reppa Reppos Requena Resanović Resnik Respighi
Reséndez Reva Revilla Rewa Reyes Reyna Reynaert Reynders Reynell Reynoldson Reynoso Rezende
Rhatigan Rhattigan Rheineck Rhodes Riba Ribarić Ribas Ribera Ribes Ribić Ribičić Ricart Riccardi
Riccati Ricciardi Rice Rich Richardová Richards Richey Richie Richmond Richtár Richtárová
Rickard Rico Ricolfi Ridder Riddle Ridge Riekstiņa Riekstiņš Riem Rienzo Riera Riet Rietveld
Rigas Riggs Righi Rigkos Rigney Rigos Riha Rihová Riihimäki Riikonen Rijcken Rijetković Rijks
Rijn Rijnsbergen Rijntjes Rijthoven Riley Rimpopov Rimpopova Rimpopow Rimpopowa Rincón Riney
Rinn Rinne Rinos Rintala Riojas Riordan Rios Riou Ripoll Rippey Riquelme Risek Risma Rismondo
Rissanen Ristovska Ristovski Ristowska Ristowski Risvas Ritacca Ritchie Ritoša Rius Rivas Rivero
Rivers Rivière Rizos Rizoulis Rizzoli Ričko Riša Riška Riško Rišková Rišo Rišová Rjabez
Rjaboschapka Rjabow Rjabowa Rjabowil Rjabtschenko Roach Roache Roarke Roarty Robadey Robb
Robbins Robbrechts Roberson Robertson Robertsson Robeson Robledo Robles Robson Roca Rocamora
Rocca Roccabonella Roce Rocher Rock Roda Rodarte Rodden Roddy Roden Rodgers Rodionow Rodionowa
Rodis Roditou Rodrigo Rodrígez Rodríquez Roe Roeck Roelandt Roels Roero Roessink Rogaris
Rogerson Rogiers Rogov Rogova Rogow Rogowa Rogošić Rohan Rohtla Roháč Roháček Roháčeková Roháčik
Roháčiková Roháčová Roidoulis Roig Roijen Rojas Rojek Rojeková Rojka Rojko Rojková Rojnić Rojo
Rokas Rokka Roland Roldan Roldán Rollins Rolón Roma Romagnoli Romaiou Roman Romanchuk Romanens
Romanets Romanez Romanow Romanowa Romantschuk Romančík Romančíková Rombaut Rombouts Romeu Romijn
Romiti Romo Rompaey Román Ronan Ronayne Roncalli Ronga Ronkainen Roo Roodesteijn Rooij Room
Rooney Roose Roosen Roosenboom Roosileht Roots Roover Ropero Roque Ros Rosado Rosales Rosario
Rosas Roschkow Roschkowa Roschlow Roschlowa Rosell Roselló Rosenberg Rosengren Rosenqvist
Roshlov Roshlova Rosiello Rosin Rosina Rosinová Rosmini Roso Rosová Rosseel Rosselat Rosselet
Rossellat Rosselli Rossellini Rosselló Rossini Rossiter Rossum Rosén Rotteveel Rottiers Roukes
Roupakas Roura Rourke Rousianos Rousselet Rousset Roussou Rouwenhorst Rouwhorst Rovira Rowan
Rowe Rowland Rowlands Rowley Roybal Royo Rozas Roze Rozhkov Rozhkova Rozman Rozīte Rozītis Rožič
Rožman Ruane Ruano Ruban Rubben Rubbia Rubene Rubenis Ruberto Rubets Rubez Rubeša Rubinić Rubík
Rubíková Rudden Ruddy Rudik Rudkins Rudko Rudzīte Rudzītis Rueda Ruelas Ruffini Ruggeri Ruggieri
Ruijs Ruiter Rukavina Rumjantsev Rumora Ruotsalainen Rupnik Rus Rusakov Rusakova Rush Rusko
Rusková Rusnak Rusnák Rusnáková Rusová Russakow Russakowa Rusticucci Rusňak Rusňák Rusňáková
Rutar Rutherford Rutten Ruud Ruus Ruuskanen Ružička Ružičková Ryabchenko Ryabets Ryaboshapka
Ryabovil Rybakow Rybakowa Rybníček Rybníčeková Rybár Rybárik Rybáriková Rybárová Ryck Rycke
Rydberg Ryder Rydén Ryle Rynn Rynne Rys Rysová Rytkönen Ryynänen Ryš Ryša Ryška Ryško Ryšková
Ryšová Rzaquluzadə Rácz Räisänen Räsänen Rätsep Räty Rémy Río Ríos Ródenas Róm Rómová Rönkkö
Rövşənov Rønning Rúfus Rúfusová Rüütel Rýs Rýsová Růžička Růžičková Rəhimli Rəhimov Rəhmanova
Rəsulzadə Saar Saare Saarela Saari Saarinen Saastamoinen Saavedra Sabani Sabara Sabarna Sabarni
Sabarnij Sabaschta Sabater Sabatini Sabbatini Sabbe Sabila Sabljak Sabol Sacharenko Sacharow
Sacharowa Sachartschenko Sachenko Sacristán Sadiqov Sadıxov Sadıxova Saelens Saez Saffi
Safirowska Safirowski Safonow Safonowa Safronov Sagal Sagese Sagnelli Sagredo Sahlin Sainio
Sainz Saiz Sajenko Sajew Sajewa Sajez Sajika Sajtschenko Sajzew Sajzewa Sakalauskas Sakarya
Sakač Sakellariou Sakki Saks Saksen Sakussilo Salaj Salajka Salajková Salajová Salamanca
Salamoğlu Salandra Salas Salata Salazar Salcedo Salcido Saldaña Saldivar Salemi Sales Salet
Salgado Salgari Sali Salichos Salieri Salij Salinas Saliy Sallinen Salm Salmela Salmen Salmerón
Salmi Salminen Salmon Salo Salom Salomaa Salomonsson Salonen Salopek Saltaouras Salu Salumets
Salumäe Salvador Salvemini Salvini Salvo Salvà Sam Samakidis Samanidis Samaniego Samel Samele
Samelová Sameľ Sameľová Sammon Samochodow Samochodowa Samojlenko Samojlow Samojlowa Samokhodov
Samokhodova Samoylenko Samoylov Samoylova Sampaio Samper Sampson Samson Samsonov Samsonova
Samsonová Samsonow Samsonowa Samtanidou Samuel Samuelová Samuelsson Samyn Sanabria Sanches
Sancho Sandberg Sande Sandell Sanderson Sandgren Sandi Sandin Sandoval Sandoz Sandström Sandvik
Sanford Sanguineti Sanitra Sanitrová Sanjuan Sanmartín Sanmiguel Sanow Sanowa Sans Sansoni
Sansonnens Santacruz Santamaria Santamaría Santana Santen Santi Santiago Santillán Santorio
Sanudo Saors Saouer Saoulidis Saporoschez Sapriki Sapundschijewa Sapundzhiyeva Sarabia Saraceno
Saracino Sarafidis Saragat Sarantinos Sarap Sarapuu Sardelić Saridaki Sarikas Sarmiento Sarneel
Sarri Sarros Sarsfield Saruba Sarudna Sarudni Sarudnij Sarv Sas Sasonow Sasonowa Sassenko
Sassjadko Sassucha Sastre Satherley Satlas Satowkanjuk Satriani Satschenko Satsyuk Satta Satula
Sauceda Saucedo Saudan Saul Sauli Saulīte Saulītis Saunders Saura Sauro Sauvage Savage Saveljev
Savenko Savina Savolainen Savorgnan Savvaki Saweljew Saweljewa Sawenko Sawin Sawina Sawyer Saxo
Sayenko Sayers Sazjuk Sazonov Sazonova Sbarbaro Sbonias Sbrinis Scaduto Scalera Scalfaro Scallan
Scallon Scally Scamarcio Scandone Scanlan Scanlon Scannell Scaramucci Scardino Scarfoglio
Scarlatti Scarpa Scarpetta Scarponi Schabli Schablij Schachraj Schadan Schagen Schajworon
Schakelaar Schakiri Schalilo Schamraj Schapowal Scharapow Scharapowa Scharko Scharow Scharowa
Scharroo Schaschkow Schaschkowa Schatteleijn Schdanow Schdanowa Schdrakow Schdrakowa Scheffers
Schelest Schellekens Schelvis Schenkel Schepens Schepers Schepper Scheremet Scheremeta Scherms
Schestakow Schestakowa Schevinghuizen Schiaparelli Schiavo Schiavone Schicchi Schiffer Schijan
Schilo Schilow Schilowa Schilt Schinkarenko Schipper Schirjajew Schirjajewa Schkembowa Schmorgun
Schofield Schokman Scholten Schoofs Schotte Schou Schowkopljas Schrant Schrijver Schrik Schroeff
Schryver Schtepa Schtokalo Schtscherbak Schtscherbakow Schtscherbakowa Schtscherban
Schtschirizia Schtschirizja Schtschors Schtschrbow Schtschrbowa Schtschukin Schtschukina Schubin
Schubina Schuchewitsch Schuijt Schuk Schukow Schukowa Schulten Schultz Schurawel Schurawlew
Schurawlewa Schurba Schutko Schutschenko Schutter Schuurmans Schuylenborch Schwajka Schwartsbach
Schwass Schwatschka Schwatschko Schwedtschenko Schweinfurt Scialpi Scollan Scotti Scotto Scriven
Scullion Scully Scuylenborchs Sdoukou Sdrallis Seally Sealy Searle Sears Sebastián Sebepou Seco
Sedano Seddio Sedlar Sedliak Sedliaková Sedlák Sedláková Sedláček Sedláčková Seery Sefekos
Segarra Segers Segerson Segersun Segerszoen Seghers Segni Segovia Segrè Seguin Segura Seguí
Sekera Sekerová Selecká Selecký Selesnew Selesnewa Selin Selinopoulou Seliverstov Seliverstova
Seliwerstow Seliwerstowa Sellers Sels Semenchenko Semenow Semenowa Sementschenko Semialjac
Semitecolo Senginow Senginowa Seničić Senko Senková Sepp Seppä Seppälä Seppänen Sepúlveda Serao
Sergejev Sergejew Sergejewa Sergeyev Sergeyeva Serlupi Sermonti Serna Serraglio Serrato Seršić
Sestig Setrick Sevastou Sevdas Seven Sever Sevilla Sevillano Sexton Seyidbəyli Seyidzadə Seymour
Sezgin Seč Sečová Sfakianaki Sforza Sfounis Sfyrlas Sgalambro Sgarbi Sgourena Sgouros Shabli
Shabliy Shaffer Shaffrey Shailer Shakhray Shakiri Shamray Shanahan Shand Shanley Shannon Shanny
Shapoval Sharapov Sharapova Sharkey Sharp Sharpe Sharry Shashkov Shashkova Shaughnessy Shaw
Shcherbak Shcherban Shchiritsia Shchiritsya Shchors Shchrbov Shchrbova Shchukin Shchukina Shea
Sheahan Sheane Sheedy Sheehan Sheehy Sheeran Sheerin Sheil Sheilds Shelest Shelton Shepard
Shepherd Sheppard Sheremet Sheremeta Sheridan Sherlock Sherman Sherry Shevlin Shiel Shields
Shiels Shilo Shine Shinkarenko Shiryayev Shiryayeva Shiyan Shkembova Shmorgun Short Shortt
Shovkoplyas Shtepa Shtokalo Shubina Shukhevich Shupe Shutko Shvachka Shvachko Shvayka
Shvedchenko Sibilia Sibul Sich Sideris Sidiropoulos Sidiropoulou Sidor Sidorová Sidorow Sidorowa
Sierra Siffredi Siganos Sigerson Sihvonen Siim Sikalidis Sikirić Sikk Sikotidou Sild Silin
Silina Siliņa Siliņš Silk Silke Sillanpää Sillaots Sillaste Silm Silveira Silvennoinen
Simaschkewitsch Simashkevich Simeoni Simeonov Simeonova Simeonow Simeonowa Simin Simina
Simitopoulou Simitzi Simmon Simmonds Simoens Simola Simonen Simonenko Simonis Simonič Simonov
Simonova Simonovska Simonovski Simonová Simonow Simonowa Simonowska Simonowski Simons Simonsen
Simonsson Simpson Sims Simson Simó Simões Sinan Sinclair Singleton Sinisi Sinkewitsch Sinnott
Sinowjew Sinowjewa Sinožić Sintschenko Sintschuk Siolou Siomos Sioris Siouta Sipilä Sipos
Siqueira Sirchenko Sire Sirel Sirko Sirobaba Sirotenko Sirotić Sirtschenko Sirviö Sirén Sisask
Sismondi Sisneros Sitar Sitnikov Sitnikova Sitnikow Sitnikowa Sitopoulos Sitsch Sitters
Sivertsen Sivva Sixtus Sjöberg Sjöblom Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund Sjöstedt
Sjöstrand Sjöström Skaftourou Skally Skarlatos Skarpetas Skasila Skaventzou Skeahan Skeffington
Skehan Skelly Skiba Skinner Skirda Skivington Sklenica Sklenicová Sklenička Skleničková Sklenka
Sklenková Sklenár Sklenárik Sklenáriková Sklenárová Sklár Sklárová Skog Skoglund Skok Skokan
Skokanová Skoog Skopenko Skordakis Skordos Skorik Skorobogatko Skotadi Skoubrou Skoularidis Skov
Skrekas Skremmyda Skribas Skrinska Skuja Skujiņa Skujiņš Skupnjak Skutecká Skutecký Skylogianni
Sköld Sladonja Slaetsdochter Slagmolen Slamon Slaninkova Slaninkowa Slater Slatkow Slatkowa
Slattery Slavica Slavík Slavíková Slašťan Slašťanová Slegers Slevin Slingerland Slivka Slivko
Slivková Sljussar Sloan Sloane Sloboda Slobodník Slobodníková Slobodová Sloot Slota Slotová
Slovinec Slovinecová Slovák Slováková Slowey Slyne Slyusar Small Smardas Smart Smedt Smeede
Smeets Smet Smets Smik Smirnoff Smits Smoković Smolders Smolić Smrdanska Smrdanski Smrek
Smreková Smullen Smyrniotis Smyth Smythe Snauwaert Snow Snyder Sobolew Sobolewa Sobota Sobrero
Sobrino Soderini Soest Soffici Sofianos Sofra Soini Soininen Sokač Sokić Sokk Sokol Sokolaki
Sokolová Sola Solakoudis Solana Solano Solari Solberg Soldo Solej Solejová Soler Solera Solheim
Solimena Solis Soliz Sollima Solomidou Solomon Solomun Solorio Solorzano Solovjov Solovyev
Solovyeva Solowjew Solowjewa Solsona Solé Solís Somers Somko Sommaruga Somogyi Somoza Sonnino
Soo Soolaghan Soon Soos Soosaar Soosalu Soots Sopadschijewa Sopadzhiyeva Soper Soprano Soranzo
Sordi Soria Soriano Sorić Sosa Sotelo Sotiralis Sotiropoulou Soto Soukup Soukupová Soulintzis
Sourbis Southee Sowman Soylu Soós Sošić Spaan Spadafora Spaendonc Spaendonck Spain Spalas
Spallanzani Spandonidis Spanevello Spanhaak Spanidou Spanochristodoulou Spanoudakis Sparks
Spasegkou Spasegou Spasopoulos Spasov Spasova Spasovska Spasovski Spassow Spassowa Spassowska
Spassowski Spathari Spathopoulos Spears Speijer Spelman Spence Spencer Spenser Speri Spier Spies
Spiker Spiliadou Spiliotis Spillane Spinelli Spinola Spordilis Spreeuw Spreeuwel Spreuwel Sprong
Sproģe Sproģis Spruit Spruyt Spyridaki Spyridakis Spyropoulos Squarcione Sraffa Sršen Stace
Stack Stael Staelens Stafford Staglieno Stamatiadis Stamatis Stamatoukou Stamelos Stamelou
Stamopoulos Stamouli Stamoulis Stamrood Stancu Standaert Stange Stanischew Stanischewa Stanishev
Stanisheva Stanić Staničić Stankevičius Stanley Stanton Stančin Staněk Stapleton Starkenberg
Starosta Starostová Starčević Stas Statha Stathatos Stathopoulos Staunton Stavrianos Stavridou
Stavrou Staňková Steed Steele Steen Steenbakkers Steenbeek Steer Stefanelli Stefanou Stefanovska
Stefanovski Stefanowska Stefanowski Steffensen Steinmeiern Stejskal Stejskalová Stelmach
Stelmakh Stenberg Stenlund Stenson Stenström Stepanow Stepanowa Stephens Stephenson Sterckx
Stergialis Stergioudis Sterkman Stets Stettyn Stevens Stevenson Steward Steyaert Stez Stichter
Stinis Stipanović Stiperski Stodola Stodolová Stoffelsz Stoforiadis Stogios Stoices Stojanov
Stojanovska Stojanovski Stojanowska Stojanowski Stojkow Stojkowa Stojnić Stojčević Stokes
Stolnik Stook Stopar Stoppani Storey Storladi Storm Story Stoubou Stout Stoykov Stoykova Stošić
Straaten Stradivari Straka Straková Stralen Strand Strandberg Strangio Stratford Stratogianni
Stratton Stravosnichis Strawbridge Strazdiņa Strazdiņš Stražičić Street Strelkov Strelkova
Strelkow Strelkowa Strickland Strid Strigt Strigter Strijker Strik Strinavić Strnad Strnadová
Strnisko Strnisková Strong Stroobants Strouba Ström Strömberg Strøm Strýček Strýčeková Stuart
Stubbs Stucchi Stuivenberg Stupalo Stus Stylianidou Ståhl Stănescu Suarez Subbotin Subbotina
Subko Suchanow Suchanowa Suciu Sugrue Suhonen Suijker Suinvorde Suits Sujew Sujewa Sulg Sultanlı
Sultanov Summers Summerville Sundberg Sundell Sundin Sundqvist Sundström Suomalainen Suominen
Supple Suprunenko Surać Sureda Surian Susa Susi Sutinen Sutt Sutton Suur Suvi Suworow Suworowa
Suárez Sušnik Svahn Svanberg Svantesson Svedberg Svendsen Svensson Svetličić Sviridenko Svistun
Svoboda Svobodová Svrbík Svrbíková Svärd Swanson Swart Sweeney Sweeny Swennen Swift Swinnen
Swiridenko Swistun Swords Sykas Sykes Sykow Sykowa Sylligardos Symeonidou Symons Synnott
Synodinou Sypsa Syrgis Syrjälä Syrmou Syrris Sysoyev Sysoyeva Syssojew Syssojewa Syvilia Szabó
Szalai Szekeres Szilágyi Székely Szücs Szőke Szűcs Sá Sáenz Sáez Sámel Sámelová Sámeľ Sámeľová
Sándor Sárközi Säde Sæther Söderberg Södergren Söderholm Söderlund Söderman Söderqvist
Söderström Sörensen Sööt Søndergaard Sørensen Süleymanlı Süleymanov Sýkora Sýkorová Sədalı
Sədaqətoğlu Səfərli Səlimova Səmədoğlu Taal Tabacu Taboada Taborrino Tacchini Taccola Tachas
Tachmazidis Tachtsidis Tack Tafoya Tafrali Tafuri Taggart Tagliafierro Tahirzadə Taipale Tait
Takala Takantzas Takkelenburg Takács Talan Talavera Talbot Tali Taliani Taliercio Talpaš
Talpašová Talts Talıblı Talıbov Tamarit Tamayo Tamberg Tamborini Tamburello Tamburi Tamburini
Tamez Tamiolakis Tamm Tamme Tammerijn Tammik Tamminen Tamsma Tamás Tangen Tanghe Tangney Tanguy
Tansey Tanskanen Tantou Tanzini Tapdıqlı Tapdıqoğlu Tapia Tapp Taralingova Taralingowa Taran
Tarantini Tarantino Tarasenko Tarassenko Tarassov Tarchetti Tarhan Tarnaris Tarpey Tartaglia
Tartini Tarvainen Tasca Tasios Tasioulas Taskinen Tassi Tasso Tassoni Tatar Tatarka Tatarková
Tatarová Tate Tatosow Tatosowa Tatozov Tatozova Tatsi Tatár Tatárka Tatárová Tavernarakis
Tavlaridou Tavčar Taxidou Tağızadə Teahan Tebaldi Techer Teder Tedesco Teearu Teesalu Tehan
Tejada Tejeda Tejedor Tejera Tejero Telesio Telichenko Telischenko Telitschenko Telizhenko Tello
Temmerman Temourtzidis Tena Tencalla Tenorio Tepeš Teras Terentjew Terentjewa Terentyev
Terentyeva Tereschtschenko Tereschtschuk Tereshchenko Tereshchuk Terlević Ternan Terragni
Terrazas Terrell Terry Terrón Teruel Tervo Terzidis Terzis Terzić Terán Tesař Teslenko Teslia
Teslja Teslya Teterin Teterina Teuling Teunissen Tevetoğlu Texier Tešija Thasitou Thatcher The
Theocharis Theodorikakos Theodoropoulos Theodoropoulou Theodosiadou Theodosiou Theologos Theunis
Theys Thibault Thierry Thijs Thivaios Thom Thomakou Thomassen Thomka Thomopoulos Thomson Thor
Thorens Thornton Thorpe Thorsen Thorén Thout Thulin Thygesen Thys Théraulaz Tiainen Ticha Tichi
Tichij Tichina Tichonow Tichonowa Tichá Tichý Tielemans Tiepolo Tiernan Tierney Tihhomirov
Tiihonen Tiik Tiits Tijerina Tikha Tikhi Tikhiy Tikka Tikkanen Tilk Tillmanno Timchenko Timchuk
Timek Timeková Timka Timko Timková Timlin Timmerman Timmermans Timofejev Timofejew Timofejewa
Timofeyev Timofeyeva Timonen Timoney Timony Timtschenko Timtschuk Tinguely Tinney Tins Tirabassi
Tirado Tirie Tirkkonen Tirpák Tirpáková Tisaj Titarenko Titow Titowa Titschina Tjagnibok Tkach
Tkatsch Toal Tobin Toboulidou Tobri Todd Todoris Todorovska Todorovski Todorow Todorowa
Todorowska Todorowski Toft Togher Togia Togliatti Tognazzi Tohall Toivanen Toivonen Toić Tokar
Tokov Tokova Tokow Tokowa Tolan Toldo Toledo Tolentino Toli Tolin Tolj Tolonen Tolosa Toloudis
Tolvanen Toman Tomana Tomanek Tomanová Tomaník Tomaníková Tomas Tomaselli Tomasetti Tomasini
Tomaň Tomaňová Tomašek Tomašeková Tomaška Tomaško Tomašková Tomažič Tomei Tomek Tomeková Tomescu
Tomeček Tomečeková Tomečka Tomečko Tomečková Tomingas Tomičić Tomka Tomko Tomková Tomlinson
Tomljanović Tommaseo Toms Tomson Tománek Tománeková Tomás Tomáš Tomášek Tomášeková Tomášik
Tomášiková Tomáška Tomáško Tomášková Tomášová Tomé Tomšič Tonc Toner Toninelli Tonisto Toolan
Toole Toolin Toolis Toom Tooman Toome Toomey Tooming Toomsalu Toots Topali Topchiyska Topchiyski
Topić Topkov Topkova Topkow Topkowa Toplak Topoľská Topoľský Toptschijska Toptschijski Torfs
Torlonia Tormay Tormey Tormo Tornatore Toro Toromidis Torpey Torralba Torre Torrecilla Torrence
Torrens Torrent Torrents Torricelli Torrijos Torstensson Toscani Toscanini Toschew Toschewa
Toselli Toshev Tosheva Tosi Toso Tosouni Tosto Totino Totić Totwiller Toulaki Touloupi Tourna
Tournavitis Tours Toussaint Tovar Tovstolis Tovstukha Townsend Towstolis Towstucha Tozzi Tozzo
Tpchileshchov Tpchileshchova Tptschileschtschow Tptschileschtschowa Tracey Trachilis Tracy
Traetta Tragousti Trainor Trajkovska Trajkovski Trajkowska Trajkowski Trapanese Trapani Trask
Tratnik Travaglia Travaglio Travers Traversa Travia Travis Traynor Trbović Treacy Treanor Trebbi
Treboux Treccani Trei Treial Treier Trejo Tremonti Trenor Trentin Trentini Trentsiou Tresoldi
Tretjakow Tretjakowa Treves Trevino Trevisan Trevisani Treviño Trezzini Trgovčić
Triantakonstantis Triftanidou Trigub Trika Trillini Trillo Trincavelli Triplat Trivellas Trlík
Trlíková Trnski Trobbiani Trobouki Troch Trofimow Trofimowa Troisi Trombetta Tron Tropea Trotta
Troy Truben Trubenová Trujillo Trupiano Trussardi Trutanić Truu Tsabali Tsabouri Tsachaki
Tsagkrasoulis Tsagliotis Tsagrasoulis Tsakalakou Tsakanikas Tsaki Tsakiri Tsakmakis Tsalamandris
Tsamados Tsamaslidis Tsamopoulou Tsamtsouri Tsanaka Tsandilas Tsantidou Tsapralis Tsaramiadis
Tsarenko Tsarkos Tsati Tsatsanis Tschaban Tschajka Tschala Tschalenko Tschali Tschalij
Tschanlijewa Tscharnisch Tschekaljuk Tscherednik Tscherinko Tschernenko Tschernow Tschernowa
Tscherwonenko Tschetrafilska Tschetrafilski Tschmil Tschornowil Tschubaj Tschujko Tschukow
Tschukowa Tschuktschukow Tschuktschukowa Tschulew Tschulewa Tschumak Tschumatschenko
Tschupetlowska Tschuprina Tschuturkow Tschuturkowa Tseas Tseberlidis Tsegas Tselios Tsellos
Tsentouros Tsetou Tsetseri Tsiakos Tsiamitas Tsiamouras Tsiantas Tsiaras Tsiatis Tsibulenko
Tsigaridas Tsikni Tsiknias Tsikrika Tsimbal Tsimbalyuk Tsimi Tsiobani Tsiolx Tsioupra Tsiplikof
Tsironis Tsisik Tsitouras Tsitskov Tsitskova Tsolkas Tsomokos Tsoni Tsonis Tsopanidis Tsotras
Tsotsis Tsotsov Tsotsova Tsoukia Tsouknidas Tsoumos Tsounakou Tsoupras Tsoura Tsouraki Tsushko
Tsvetkovska Tsvetkovski Tsyupa Tsyutsyura Tubridy Tuchtschijew Tuchtschijewa Tucker Tudela Tudić
Tuijl Tuisk Tuithof Tukhchiyev Tukhchiyeva Tuksar Tully Tumangelov Tumangelova Tumangelow
Tumangelowa Tuohey Tuohy Tuomi Tuominen Tuovinen Tupá Tupý Tur Turallı Turati Turchetta Turchi
Turci Turesson Turina Turiņa Turiņš Turkalo Turley Turnbull Turov Turova Turow Turowa Turpeinen
Turpin Turrini Turudić Turunen Turčinov Turčok Turčoková Tutino Tutty Tuturilov Tuturilova
Tuturilow Tuturilowa Tuul Tuulik Tuzzolino Tuđa Tušek Tuškan Tveit Tverdokhlib Twerdochlib
Twidle Twohey Twohig Twomey Tyagnibok Tyler Tymviou Tynan Tyralis Tyrrell Tzaga Tzagka Tzallas
Tzanavara Tzanoudakis Tzavellas Tzekos Tzevelekos Tziaras Tziavas Tzigkoura Tzigoura Tzikas
Tzinieris Tziortzi Tziortzios Tziotzis Tziova Tziratoudi Tzoumakis Tzouvelis Täht Tähtinen
Téllez Tórrez Tóth Tõnisson Törnqvist Török Tůma Tůmová Təhmasibli Ubaldi Udinese Udinesi
Udovenko Udovichenko Udowenko Udowitschenko Ugarte Ughi Ugrinić Uibo Uit Uittenbosch Ukić Uldry
Ulibarri Ulloa Umanets Umanez Underwood Ungaretti Uniacke Uniaque Unruoch Unt Uotila Uphaus
Uphuis Uphus Uram Uramová Urb Urbanová Urbina Urblík Urblíková Urbonas Ureña Uriarte Uribe Urlić
Urrutia Uría Urías Usik Ussik Ustenko Ustinov Ustinova Ustinow Ustinowa Uus Uusitalo Uustalu
Uvarov Uvarova Uwarow Uwarowa Uğurlu Ušić Vaca Vacek Vachouthianakis Vaci Vacková Vaes Vaessen
Vafeiadou Vagena Vaher Vaht Vahter Vahtra Vaillant Vain Vainio Vaino Vaiou Vairamidou
Vaitsopoulos Vajcik Vajciková Vajcík Vajcíková Vajda Vajdová Vakalakis Vakalis Vakarchuk Vakhni
Vakhniy Vakouftsi Vakrilov Vakrilova Vakulenko Valach Valachovič Valachovičová Valachová Valadez
Valasidis Valavanis Valbuena Valcárcel Valderrama Valdez Valdivia Valdés Valencia Valenciano
Valenko Valent Valenta Valente Valenti Valentin Valentine Valentino Valentić Valentová Valentín
Valentínová Valenzuela Valera Valero Valette Valge Valguarnera Valiaka Valier Valjetić Valk
Valkama Valkanou Valkonen Vall Valladares Valle Vallejo Vallenduuk Valles Vallet Vallin Valls
Vallée Vallélian Vallés Valmarana Valsamidou Valtas Valtonen Valušek Valušeková Valuška
Valušková Valverde Valíček Valíčeková Vampirska Vamvakas Vamvoukaki Van Vanaga Vanags Vanbrabant
Vance Vanchenko Vandaele Vandamme Vandecasteele Vandekerckhove Vandenbergh Vandenberghe
Vandenbroucke Vandenbussche Vandendriessche Vandeputte Vanderheyden Vanderlinden Vanderstraeten
Vandevelde Vandewalle Vandoros Vanegas Vanek Vaneková Vang Vanhee Vanhoutte Vanhove Vanneste
Vansteenkiste Vanvitelli Vaněk Vaquero Vara Varaklis Varano Vardakis Varela Varelidou Vares
Vargas Varik Varis Varoutidou Varsamis Varsamou Varsos Varthaliti Vartiainen Vasari Vasconcelos
Vashchenko Vashchuk Vasilaki Vasilakis Vasilashko Vasilechko Vasileiadi Vasilenko Vasilev
Vasileva Vasilevich Vasilogiannis Vasilopoulou Vasilyev Vasilyeva Vaska Vasko Vasková Vasova
Vasquez Vass Vassis Vastenhouw Vastraedsd Vatamanyuk Vattimo Vaughan Vaughn Vavasi Vavoulidis
Vavourakis Vavrinec Vavrinecová Vaz Vazoura Vaňková Vašek Vašeková Vaška Vaško Vašková Vdovenko
Vdovichenko Veale Vecellio Vecoli Veen Veenendaal Vega Vegt Veiver Veić Vela Velasco Velasquez
Velazquez Velde Velden Velderman Velentzas Velez Velichko Veljanov Veljanova Velkov Velkova
Velthoven Veltman Veltroni Velzen Velásquez Velázquez Velďák Velďáková Ven Vendetti Venditti
Vendrell Venegas Veneziano Vengrinovich Venier Venrooy Vento Venturi Venäläinen Vera Verbeeck
Verbeek Verbeke Verbiest Verbist Verboom Verboven Verbruggen Verbrugghe Vercammen Vercauteren
Vercelloni Vercoe Vercruysse Verda Verdejo Verdi Verdier Verdonck Verdone Verdugo Verdun
Verduzco Verdú Vereecke Vereecken Verelst Veres Verfaillie Verga Vergara Vergassola Vergauwen
Vergeer Vergerio Vergun Verhaar Verhaegen Verhaeghe Verhagen Verharen Verheij Verhelst Verheuvel
Verheyden Verheyen Verhoeven Verhulst Verkade Verkhola Verkhovinets Verlinden Vermandois
Vermeersch Vermeil Vermeir Vermeire Vermeiren Vermenich Vermeylen Vernidub Vernigora Verri
Versace Verschuere Verschueren Verschut Versluijs Verstappen Verstraete Verstraeten Vertiporokh
Vertoor Vertooren Vervaeke Vervaet Ververidou Verviti Vervoort Verwimp Verwoert Vesel Veselová
Veselá Veselý Veski Vespa Vespucci Vestergaard Vesterinen Vesterlund Vestin Veterník Veterníková
Veysəlli Vezzali Viaene Vial Viana Vianello Viberg Vicen Vicena Vicenová Vicens Vicente Victory
Vidaković Vidalakis Vidas Vidic Vidmar Vidoni Vidov Vidovič Vieira Vienne Viera Vierdag Vigil
Vigliotti Vignon Vigorelli Viik Viira Viitala Viitanen Vik Viklund Viks Vikström Vila Vilalta
Vilanova Vilaplana Vilar Vilayətoğlu Vilciņa Vilciņš Vildos Vilhelmsson Viljanen Viljevac Vilks
Vill Villadicani Villagómez Villalba Villalobos Villalonga Villalpando Villanueva Villar
Villareal Villarosa Villarreal Villaseñor Villaverde Villegas Villemson Villena Vincetić Vinck
Vincze Vink Viola Violatos Virgilio Virta Virtanen Virág Visconti Vishivana Vishivani Vishivaniy
Vishnyak Vishnyakov Vishnyakova Visintini Vismara Visnapuu Visochan Vissers Vitasović Viter
Vitruk Vitsaxis Vittadello Vitturi Vivaldi Vivcharenko Vives Viviani Vizcaíno Viña Viñas
Višňovská Višňovský Vižintin Vlaanderen Vlach Vlachodimou Vlachonikoleas Vlachou Vlachovič
Vlachovičová Vlachová Vladimirov Vladimirova Vladislavić Vlaeminck Vlassi Vlassov Vlasyuk Vlašić
Vleugels Vliet Vlisaroulis Vlk Vlková Vlna Vlnka Vlnková Vlnová Vlokh Vlček Vlčková Vobla Vobli
Vobliy Vodopivec Voet Voinea Voisin Vojković Vojtek Vojteková Vojtka Vojtko Vojtková Volarević
Volarić Volcke Volikakis Volk Volta Volterra Vonlanthen Voorde Voorhout Voorst Voortman Vorkapić
Vorlokas Vorobjov Vorobyev Vorobyeva Voronin Vosinaki Vossos Voukas Voulgaridou Voulgaris
Voulkos Voultsidou Vouras Voutilainen Voutsas Voutselas Voutsina Vovk Vozar Vozila Vozár
Vozárová Vrabcová Vrabec Vrabelj Vrablec Vrablecová Vradi Vraka Vrancken Vranckx Vranić Vranken
Vraskou Vrazhalska Vrazhalski Vrban Vretenar Vrhovec Vroege Vrome Vrtuninska Vrtuninski
Vsiliauskas Vugdelija Vugec Vuille Vuk Vukman Vukobratović Vukušić Vuljak Vuorela Vuori Vuorinen
Vuyst Vučetić Vučin Vučković Vydarená Vydarený Vyziinou Vzvzov Vzvzova Váradi Váska Vásková
Vásquez Vávra Vávrová Vähi Väisänen Väli Välimäki Väyrynen Väänänen Vélez Véliz Vítek Vítková
Võsu Vörös Vīksna Vītola Vītoliņa Vītoliņš Vītols Vəfalı Vəlioğlu Vəlixanov Vəliyeva Vəlizadə
Vəzirov Vəziroğlu Waarbeek Waardeloo Waas Wachni Wachnij Wade Waderle Waele Wagenvoort Waghorn
Wahlberg Wahlgren Wahlström Wakartschuk Wakrilow Wakrilowa Wakulenko Wal Walderade Waldron
Walenko Wallaert Walle Waller Wallgren Wallin Wallis Walls Wallén Walshe Walsteijn Walters
Walton Waltrade Wampirska Wantschenko Ware Warner Warren Waschtschenko Waschtschuk Washington
Wassenaar Wassilaschko Wassilenko Wassiletschko Wassilew Wassilewa Wassilewitsch Wassowa
Watamanjuk Water Waters Watkins Watt Watters Watts Waugh Wauters Way Wdowenko Wdowitschenko
Weaver Webb Webby Webster Weeks Weeldenburg Weerdenburg Weerdt Weever Weijland Weijters Weir Wel
Welch Weldon Welf Welitschko Weljanow Weljanowa Welkow Welkowa Wellens Wengrinowitsch Wennberg
Wensen Werchola Werchowinez Werd Werdes Weres Wergun Werl-Arnsberg Wermenitsch Wernidub
Wernigora Wertiporoch Wesselow Wesselowa Wessex West West-Francië Westberg Wester Westerbeek
Westerberg Westerburg Westerlund Westermann Westfalen Westin Westlund Westman Weston Weterink
Wever Weylant Whalen Wheeler Whelan Whelehan Whitaker Whitehead Whitehouse Whitney Whittaker
Whitty Whyte Wiberg Wicht Wickerode Widén Wiel Wiggins Wigman Wijland Wiklund Wikström Wilcken
Wilcox Wilde Wildschut Wiley Wilhelmsson Wilkerson Wilkins Wilkinson Willaert Willekens
Willemsen Williamson Willigen Willis Wills Wilmont Wilton Winberg Winnrich Winogradow
Winogradowa Winters Winther Wipstrik Wischiwana Wischiwani Wischiwanij Wischnjak Wischnjakow
Wischnjakowa Wise Wissotschan Wit Witer Witruk Witte Wittenboer Wiwtscharenko Wladimirow
Wladimirowa Wlassenko Wlassjuk Wlassow Wlassowa Wloch Wobla Wobli Woblij Wolfe Wolffel Wolfsdr
Wolfswinkel Wolzak Wong Woodard Woods Woodward Woolley Wooning Worobjew Worobjewa Woronow
Woronowa Woronzow Woronzowa Woudenberg Woulfe Wouters Woutersz Wowk Wraschalska Wraschalski
Wratt Wren Wrenn Wrtuninska Wrtuninski Wrynn Wswsow Wswsowa Wunderink Wutke Wuyts Wyatt Wynants
Wynne Xakimov Xanthakis Xanthopoulou Xenaki Xenidi Xenou Xiridou Xirodima Xirogiannis Xiros
Xirotyri Xygakou Xygkakou Xəlilov Yakimchuk Yakimenko Yakov Yakova Yakushev Yakusheva Yanazov
Yanazova Yaqubov Yarema Yaremchuk Yaremenko Yaremkiv Yaremko Yarkova Yarosh Yashchenko Yashchuk
Yates Yatsenko Yatsenyuk Ybarra Yefimenko Yefimov Yefimova Yefremov Yefremova Yegorov Yegorova
Yeliseyev Yeliseyeva Yemelyanenko Yemelyanov Yemelyanova Yemets Yerchenko Yeremenko Yeresko
Yermakov Yermakova Yermolenko Yeromenko Yeroshenko Yeshchenko Yesipenko Yevdokimenko Yevdokimov
Yevdokimova Yevropovkirilov Yevropovkirilova Yevseyev Yevseyeva Yevtushenko Yevtushok
Yeybozhenko Yfanti Yizhak Yizhakevich Ylinen Ylitalo Ylönen Yoder Yordanov Yordanova York
Yorulmaz Yotkova Yudina Yukhimenko Yurchishin Yurchishina Yurchuk Yurganchev Yurgancheva
Yushchenko Yusifoğlu Yusifqızı Yusifzadə Yuste Yáñez Zaal Zabala Zabaleta Zabara Zabarella
Zabarna Zabarni Zabarniy Zabashta Zabila Zaccagnini Zaccardo Zacchia Zacco Zachar Zachara
Zachariaš Zachariašová Zachariou Zacharioudaki Zachariáš Zachariášová Zacharová Zafeiri Zafeiris
Zafirovska Zafirovski Zaguri Zahharov Zajacová Zajc Zakharchenko Zakharenko Zakinja Zakrajšek
Zakusilo Zalokar Zambrano Zamengo Zamora Zamorani Zamorano Zampa Zamudio Zanazzo Zanichelli
Zannikou Zanov Zanova Zanoški Zanzi Zapata Zaporozhets Zarafetas Zaragoza Zarate Zareifopoulou
Zarenko Zariņa Zariņš Zarlino Zaruba Zarudna Zarudni Zarudniy Zarzani Zasenko Zasukha Zasyadko
Zatovkanyuk Zatula Zavala Zavitsanou Zayas Zaychenko Zayets Zayev Zayeva Zayika Zaytsev Zaytseva
Zaķe Zaķis Zeba Zebec Zecchini Zedillo Zeemans Zeffirelli Zeglina Zelaya Zeldenrust Zelić
Zeltiņa Zeltiņš Zeman Zemanová Zemljič Zenebisis Zenginov Zenginova Zepeda Zerva Zetterberg
Zetticci Zevenboom Zevgitis Zgorelec Zhadan Zhalilo Zharko Zhayvoron Zhdrakov Zhdrakova
Zhuchenko Zhuk Zhuravel Zhurba Ziakas Ziani Ziara Zibulenko Zichichi Zidianakis Ziemele Ziemelis
Zigo Zigová Zijl Zijlemans Zijlmans Zima Zimatikas Zimbal Zimbaljuk Zimin Zimina Zimka Zimková
Zimmerman Zimová Zinchuk Zinkevich Zinovyev Zinovyeva Ziogos Zirne Zirnis Ziros Zissik Zito
Zizkow Zizkowa Zjupa Zjuzjura Zlatkov Zlatkova Zmaić Zoi Zola Zolotas Zonios Zontanou Zoppetti
Zoppetto Zorbas Zorko Zorlu Zorman Zorrilla Zotos Zoukis Zouloumis Zounis Zozow Zozowa Zrilić
Zrinski Ztoukos Zubek Zubeková Zubka Zubko Zubková Zubrík Zubríková Zubčić Zuidweg Zuijdveld
Zujev Zuniga Zupan Zupanc Zupančič Zurita Zuschko Zuyev Zuyeva Zvaigzne Zver Zvirbule Zvirbulis
Zwaben Zwart Zwetkow Zwetkowa Zwetkowska Zwetkowski Zwijsen Zwindrecht Zygouri Zygouris Záborská
Záborský Zúbek Zúbeková Zúbrik Zúbriková Zúñiga Zālīte Zālītis Águila Álamo Álvaro Ángel Ávalos
Ávila Åberg Ågren Åkerlund Åkerman Åkesson Åsberg Åslund Åström Çamurcuoğlu Çingizoğlu Çorlu
Çəmənli Çəmənzəminli Étienne Õispuu Õun Õunapuu Öberg Öcalan Öhman Östberg Österberg Östling
Östlund Östman Ødegård Østergaard Ülker Ābele Ābola Āboliņa Āboliņš Ābols Ćorić Ćosić Ćurić
Čagalj Čapka Čapko Čapkovič Čapkovičová Čapková Čapla Čaplovič Čaplovičová Čapľa Čargonja
Čarnogurská Čarnogurský Čech Čechová Čeh Čekovská Čekovský Čermák Čermáková Černe Černoch
Černochová Černá Černík Černíková Černý Červený Červeň Červeňová Česnek Česneková Čiernaová
Čiernik Čierniková Čierny Čizmić Čiš Čižmešija Čobrda Čobrdová Čop Čotić Čović Čubrić Čudić Čuk
Čukman Čulina Čuljak Čupić Čuček Ďaďo Ďaďová Ďorko Ďorková Ďurek Ďureková Ďurica Ďuricová Ďuriš
Ďurišová Ďurka Ďurko Ďurkovič Ďurkovičová Ďurkovská Ďurkovský Ďuro Ďurovič Ďurovičová Ďurovský
Ďurovskýová Ďurová Ďurča Ďurčo Ďurčová Ďutka Ďutková Ďuško Đurašević Đurinić İbrahimbəyov
İbrahimli İbrahimov İbrahimova İbrahimoğlu İdrisli İdrisoğlu İhsanoğlu İldırımoğlu İmanzadə
İnönü İsabəyli İsaxanlı İsmayılqızı Ľupták Ľuptáková Říha Říhová Şafak Şahbuzlu Şahsuvarlı Şama
Şamilov Şamiloğlu Şener Şensoy Şeyxzadə Şirvanzadə Şükürlü Şükürov Şıxlı Şərifova Šalajka
Šalajková Šalić Šantić Šargač Šarkan Šarkanová Šarlija Šebo Šebová Šegović Šelendić Šeparović
Šestak Šestan Ševtšenko Ševčík Ševčíková Šibalić Šidlo Šidlová Šima Šimara Šimek Šimeková Šimić
Šimičić Šimka Šimko Šimková Šimo Šimon Šimonovič Šimonovičová Šimonová Šimončič Šimončičová
Šimová Šimunić Šimunović Šimík Šimíková Šinkovec Šinković Šipek Šipić Šitum Škantár Škantárová
Škara Škoda Škoviera Škovierová Škriniar Škriniarová Škrlin Škrnički Škrtić Škugor Škultéty
Škultétyová Škunca Šlahor Šlahorová Šlivka Šlivková Šmajda Šmajdová Šmid Šmíd Šmídová Šokčević
Šoltés Šoltésová Šoltýs Šoltýsová Šošić Šoštarić Špika Špilár Špilárová Špišić Špoljarić Špralja
Štefan Štefanec Štefanka Štefanko Štefanková Štefanovič Štefanovičová Štefanová Štefović
Štefunko Štefunková Štefánek Štefáneková Štefánik Štefániková Štifanić Štimac Štrba Štrbac
Štrbová Štrljić Štrukelj Šturlan Štěpánek Štěpánková Štšerbakov Šulc Šulcová Šunjić Šupraha
Šuran Šurbek Šurina Šurka Šurková Šuňavcová Šuňavec Šuštar Švec Švecová Švehla Švehlová Šverko
Šváb Švábová Šváby Šťastná Šťastný Ťapák Ťapáková Ťažká Ťažký Žabjačan Žagar Železnik Železník
Železníková Žerjav Žeželić Žibert Žic Žigmund Žigmundová Žigo Žigová Žiković Živić Žižek
Žnidaršič Žufika Žugec Žukauskas Žukov Žunec Županić Žuravljov Žuvela Žužić Žák Žáková
Əbdülrəhmanlı Ədiloğlu Əfəndiyeva Əfəndizadə Əhmədli Əhmədov Əhmədzadə Əkbərova Əkbərzadə
Əlibəyli Əlibəyov Əlioğlu Əlixanlı Əliyeva Əlizadə Əlləzoğlu Ələkbərli Ələkbərzadə Əmirli Əmirov
Əmirova Əsgərli Əsgərov Əsgərova Əsgəroğlu Əylisli Əzimzadə
"""
