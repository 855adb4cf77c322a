// Identifier mentions ("SSN 123-45-6789", "PESEL: 02270803628"), phone and
// date-of-birth prefixes, and code/log fragments: negatives for the NER
// model. Capitalised acronyms next to alphanumeric codes are the most
// common false positives of a name tagger in PII prompts; the shapes below
// are generic (digits, letters, separators), not real identifiers.

/* [keyword variants, value shapes]. Shape letters: d digit, A upper letter,
 * a lower letter, X upper hex, x lower hex, b base58, n alphanumeric upper;
 * anything else literal. */
export const ID_KINDS = [
    [['SSN', 'social security number', 'Social Security No.', 'SSN#'], ['ddd-dd-dddd', 'ddddddddd']],
    [['ITIN', 'taxpayer ID'], ['9dd-7d-dddd', '9dd8ddddd']],
    [['SIN', 'social insurance number'], ['ddd-ddd-ddd', 'ddd ddd ddd']],
    [['NI number', 'National Insurance number', 'NINO', 'NI no.'], ['AA dd dd dd A', 'AAddddddA']],
    [['NHS number', 'NHS no.', 'NHS #', 'CHI number'], ['ddd ddd dddd', 'dddddddddd']],
    [['passport', 'passport no.', 'passport number', 'Passport #', 'pasaporte', 'passaporto', 'paszport', 'Reisepass'], ['ddddddddd', 'Adddddddd', 'AAddddddd', 'Addddddd']],
    [["driver's license", 'DL', 'driving licence', 'licence no.', 'DL#'], ['Adddddddd', 'AAAAAddddddAAdAA', 'dddddddd', 'Adddd-ddddd-ddddd']],
    [['PESEL', 'NIP', 'REGON'], ['ddddddddddd', 'ddd-ddd-dd-dd', 'ddddddddd']],
    [['NIE', 'NIF', 'DNI', 'CIF'], ['AddddddddA', 'Adddddddd-A', 'ddddddddA', 'dddddddd-A', 'Adddddddd']],
    [['codice fiscale', 'CF', 'partita IVA', 'P.IVA', 'VAT no.', 'VAT ID', 'USt-IdNr.', 'Steuer-ID'], ['AAAAAAddAddAdddA', 'ddddddddddd', 'ITddddddddddd', 'DEddddddddd']],
    [['NRIC', 'FIN', 'UEN'], ['AdddddddA', 'ddddddddA']],
    [['RRN', 'resident registration number', 'registration no.'], ['dddddd-ddddddd']],
    [['Aadhaar', 'aadhaar no.', 'UIDAI'], ['dddd dddd dddd', 'dddddddddddd']],
    [['PAN', 'PAN card', 'GSTIN'], ['AAAAAddddA', 'ddAAAAAddddAdAd']],
    [['voter ID', 'EPIC no.'], ['AAAddddddd']],
    [['TFN', 'tax file number', 'ABN', 'ACN'], ['ddd ddd ddd', 'dd ddd ddd ddd']],
    [['Medicare number', 'Medicare card', 'Medicare no.', 'IHI'], ['dddd ddddd d', 'dddddddddd']],
    [['personnummer', 'samordningsnummer'], ['dddddddd-dddd', 'dddddd-dddd', 'dddddd+dddd']],
    [['henkilötunnus', 'HETU', 'hetu'], ['ddddddAdddA', 'dddddd-dddA', 'ddddddAdddd']],
    [['TC kimlik no', 'T.C. kimlik no', 'kimlik no', 'TCKN'], ['ddddddddddd']],
    [['CPF', 'CNPJ', 'CURP', 'RFC'], ['ddd.ddd.ddd-dd', 'dd.ddd.ddd/dddd-dd', 'AAAAddddddAAAAAAdd']],
    [['IBAN', 'iban', 'account (IBAN)'], ['AAdd dddd dddd dddd dddd dd', 'AAdddddddddddddddddddd', 'AAdd AAAA dddd dddd dddd dd', 'AAdd dddd dddd dddd dddd dddd ddd']],
    [['BIC', 'SWIFT'], ['AAAAAAAA', 'AAAAAAAAddd']],
    [['card', 'card number', 'Visa', 'Mastercard', 'Amex', 'credit card', 'debit card', 'tarjeta', 'carta', 'karta'], ['dddd dddd dddd dddd', 'dddd-dddd-dddd-dddd', 'dddddddddddddddd', 'dddd dddddd ddddd']],
    [['CVV', 'CVC', 'PIN'], ['ddd', 'dddd']],
    [['account number', 'acct', 'account no.', 'account'], ['dddddddddd', 'dddddddd', 'dddd-dddddd']],
    [['routing number', 'ABA', 'sort code', 'BSB'], ['ddddddddd', 'dd-dd-dd', 'ddd-ddd']],
    [['MBI', 'HICN', 'member ID'], ['dAAd-AAd-AAdd', 'dAAdAAdAAdd', 'AAAddddddddd']],
    [['NPI', 'DEA', 'DEA number', 'DEA no.', 'license #', 'EIN'], ['dddddddddd', 'AAddddddd', 'dd-ddddddd']],
    [['MRN', 'patient ID', 'policy number', 'claim no.', 'case ID', 'file no.'], ['AAddddddd', 'dddddddd', 'AAA-dddddd', 'dddd/dddd']],
    [['employee ID', 'staff ID', 'badge', 'employee ref', 'emp #'], ['Edddddd', 'dddddd', 'AAdddddd']],
    [['VIN', 'serial number', 'S/N', 'IMEI'], ['nnnnnnnnnnnnnnnnn', 'ddddddddddddddd', 'AAdddddddd']],
    [['MAC', 'MAC address', 'mac', 'hwaddr', 'BSSID'], ['XX:XX:XX:XX:XX:XX', 'XX-XX-XX-XX-XX-XX', 'xx:xx:xx:xx:xx:xx', 'xxxx.xxxx.xxxx']],
    [['IP', 'IP address', 'host', 'server', 'gateway', 'DNS', 'DHCP lease'], ['IPV4', 'IPV6']],
    [['BTC', 'bitcoin address', 'wallet', 'BTC wallet'], ['1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '3bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'bc1qaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']],
    [['ETH', 'ETH wallet', 'address'], ['0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']],
    [['API key', 'token', 'secret', 'key'], ['sk-nnnnnnnnnnnnnnnnnnnnnnnn', 'ghp_nnnnnnnnnnnnnnnnnnnnnnnnnnnnnn', 'AKIAnnnnnnnnnnnnnnnn']],
    [['order', 'invoice', 'ticket', 'PO', 'SKU', 'ref', 'reference', 'tracking number', 'case', 'booking ref', 'part number', 'P/N'], ['#dddddddd', 'SO-dddddd', 'INV-ddddd', 'AA-dddd-dd', 'ddd-ddd-dddd-AA', 'AAAAAA', 'dAAddddddAAdddddd']],
    [['commit', 'sha', 'checksum', 'build', 'hash'], ['xxxxxxx', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']],
    [['request id', 'trace id', 'correlation id', 'container', 'session'], ['UUID']],
    [['version', 'release', 'firmware', 'build'], ['vd.d.d', 'dd.d.dd', 'd.dd.d-rcd']],
];

export const PHONE_PREFIX = ['tel.', 'tel', 'Tel:', 'phone', 'Phone:', 'mobile', 'mob.', 'cell', 'ph.', 'fax', 'telefon', 'puh.', 'móvil', 'cellulare', 'Handy', 'WhatsApp', 'landline', 'hotline'];
export const DOB_PREFIX = ['DOB', 'D.O.B.', 'dob', 'date of birth', 'born', 'b.', 'fecha de nacimiento', 'data di nascita', 'data urodzenia', 'syntymäaika', 'doğum tarihi', 'Geburtsdatum', 'né le'];

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function shapeFill(r, shape)
{
    if (shape === 'IPV4')
        return [r.int(1, 223), r.int(0, 255), r.int(0, 255), r.int(1, 254)].join('.');
    if (shape === 'IPV6') {
        const h = () => r.int(0, 65535).toString(16);
        return r.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`;
    }
    if (shape === 'UUID') {
        const x = (n) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
        return `${x(8)}-${x(4)}-${x(4)}-${x(4)}-${x(12)}`;
    }
    let o = '';
    for (const ch of shape) {
        switch (ch) {
        case 'd': o += r.int(0, 9); break;
        case 'A': o += String.fromCharCode(65 + r.int(0, 25)); break;
        case 'a': o += String.fromCharCode(97 + r.int(0, 25)); break;
        case 'X': o += '0123456789ABCDEF'[r.int(0, 15)]; break;
        case 'x': o += '0123456789abcdef'[r.int(0, 15)]; break;
        case 'b': o += B58[r.int(0, B58.length - 1)]; break;
        case 'n': o += AN[r.int(0, AN.length - 1)]; break;
        default: o += ch;
        }
    }
    return o;
}

export function idMention(r)
{
    const [kws, shapes] = r.pick(ID_KINDS);
    const kw = r.pick(kws), v = shapeFill(r, r.pick(shapes));
    return r.pick([`${kw} ${v}`, `${kw} ${v}`, `${kw}: ${v}`, `${kw} #${v}`, `${kw} no. ${v}`, `${kw} is ${v}`, `${kw} (${v})`, `${kw}=${v}`]);
}

export function idJson(r)
{
    const [kws, shapes] = r.pick(ID_KINDS);
    const key = r.pick(kws).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
    return `"${key}": "${shapeFill(r, r.pick(shapes))}"`;
}

export function idValue(r)
{
    return shapeFill(r, r.pick(r.pick(ID_KINDS)[1]));
}

/* Frequent words of the other languages the corpus uses: capitalised at the
 * start of a sentence they look like names to a tagger that knows only
 * English words. Flagged W in the lexicon. */
export const FOREIGN_COMMON = `
gp tx rx dx hx eval pls thx np celsius fahrenheit kelvin cross-check double-check re-check
buenos buenas días tardes noches buongiorno buonasera asun olemme asumme mitt mieszkam nazywam numer numerem
de la el los las un una y o en bien mal llegaste llegó llegar estás estoy estamos vamos nos vemos qué tal con por para que se su es del al lo como más pero sus le ya fue este ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros favor gracias hola saludos cordiales adjunto estimado estimada atentamente pedido factura cliente cuenta tarjeta fecha nacimiento domicilio trabaja vive empresa paciente número teléfono correo dirección envío corresponde corresponden tiene tienen son está están era fueron será ser tener hacer decir poder querer deber saber ver dar ir venir enviado recibido pagado solicitado confirmado traducir revisar verificar comprobar datos documento código trámite oficina solicitud respuesta pregunta mes año día semana hoy mañana ayer siempre todavía después antes durante mientras cada nuevo nueva viejo grande pequeño primero último
il di che è e la per un in non sono mi ho lo ha le si ma ti con cosa se io come da ci questo qui hai bene sei tu del no più alla anche della molto grazie ciao salve gentile cordiali saluti distinti allegato fattura cliente conto carta data nascita residente lavora vive azienda paziente numero telefono indirizzo spedizione verificare prego siano sia sono siamo siete era erano sarà essere avere fare dire potere volere dovere sapere vedere dare stare andare venire chiesto detto fatto stato preso messo scritto letto inviato ricevuto pagato richiesto confermato corretto corretta corrette errato dati documento codice pratica ufficio richiesta risposta domanda mese anno giorno settimana oggi domani ieri sempre ancora già dopo prima durante mentre quando dove perché quindi però inoltre oppure ogni tutti tutto nessuno qualche alcuni altro altra altri stesso nuovo nuova vecchio grande piccolo primo ultimo
i w nie na się z do to że jest o jak po co tak za od ale jestem jesteś jesteśmy był była było będę będzie cześć witam hej już czy dla już tylko mnie go mi jego pan pani proszę dziękuję dzień dobry pozdrawiam szanowny szanowna w załączeniu faktura klient konto karta data urodzenia mieszka pracuje firma pacjent numer telefon adres wysyłka kontakt prosi prosił prosiła zadzwonił zadzwoniła wysłał wysłała zapłacił zapłaciła chce chciał umowę umowa rozwiązać dzień tydzień miesiąc rok dzisiaj jutro wczoraj zawsze już potem nowy nowa stary duży mały pierwszy ostatni sprawa sprawy dane kandydat pracownik
ja on ei se että oli hän ovat mutta kun niin kuin myös tai vain jo nyt sekä mitä tämä joka kiitos hei terveisin ystävällisin liitteenä lasku asiakas tili kortti syntymäaika asuu työskentelee yritys potilas numero puhelin osoite toimitus tiedot pyysi pyytää soitti soittaa lähetti lähettää maksoi maksaa haluaa halusi sopimus sopimuksen irtisanoa päivä viikko kuukausi vuosi tänään huomenna eilen aina jo sitten myöhemmin uusi vanha iso pieni ensimmäinen viimeinen asia asian henkilötunnus työntekijä kaupungissa kaupunki kaupungin kaupunkiin aloittaa aloitti alkaa alkoi työ työssä töissä yrityksen yrityksessä yritykseen osoitteessa osoitteeseen numeroon puhelinnumero sähköposti sähköpostiosoite syntynyt syntyi päivänä vuonna kuussa tilinumero pankki pankin pankkiin palkka palkan verokortti henkilökortti passi passin passinumero ajokortti hakemus hakemuksen hakija lomake lomakkeen tarvitsee tarvitsen haluaisin haluan voitko voisitko ystävällisesti yhteystiedot yhteyttä soita soittakaa lähetä lähettäkää tarkista tarkistakaa vahvista tilaus tilauksen laskun eräpäivä summa euroa maksettu saapuu lähtee matka lento hotelli varaus varauksen asiakasnumero jäsen jäsennumero vuokra vuokrasopimus asunto asunnon postinumero kunta maa kansalaisuus uskonto työnantaja esimies palvelu tuki ongelma virhe kysymys vastaus soittopyyntöä pyysi pyytää alkaen saakka mennessä jälkeen ennen kanssa ilman kautta mukaan
och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan när hon nu ska tack hej hälsningar vänliga bifogad faktura kund konto kort födelsedatum bor arbetar företag patient nummer telefon adress leverans upp ut in ner över under efter före mellan vill säga säger sade avtalet avtal säga ringa ringde skicka skickade betala betalade få fick göra gjorde ta tog komma kom gå gick se såg ge gav veta vet tid dag vecka månad år idag imorgon igår alltid redan sedan också bara mycket mer mest ny nya gammal stor liten första sista ärende ärendet uppgifter personnummer
soruyor sordu hangisi hangi geçerli geçersiz numaralarından numaralar numara numaram ve bir bu da de için ile çok ama gibi daha en olarak sonra kadar mi ne var yok ben sen o biz siz onlar teşekkürler merhaba saygılarımla sayın ekte fatura müşteri hesap kart doğum tarihi yaşıyor çalışıyor şirket hasta numara telefon adres randevu için tarihli aradı aramak istedi istiyor gönderdi gönder ödedi ödeme şubesini şubesi şube onaylandı onay iptal etti etmek yaptı yapmak gün hafta ay yıl bugün yarın dün her zaman yeni eski büyük küçük ilk son kimlik bilgileri başvuru lütfen görüşün görüşelim görüşmek ofisinde ofis şehrinde şehir şirketinde arıyor bekliyor ederim edin olan hakkında tarafından bilgi adına numarası numaralı numarasına tarihinde adresi adresine yeri e-posta hesabı hesabına kartı kredi banka bankası başvurusu vergi pasaport pasaportu ehliyet sürücü belgesi belge sigorta poliçe maaş sipariş kargo teslimat iade şikayet talep talebi teşekkür bey hanım isimli bilgisi güncelle güncellendi gönderildi alındı yapıldı edildi oldu veya ya her tüm bazı az yaşında işe başlıyor başladı çalışan personel
der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man danke hallo grüße freundlichen geehrte anbei rechnung kunde konto karte geburtsdatum wohnt arbeitet firma patient nummer telefon adresse lieferung bitte hat angerufen anrufen schickte schicken bezahlt bezahlen möchte wollte vertrag kündigen tag woche monat jahr heute morgen gestern immer schon dann neu neue alt groß klein erste letzte angaben daten unterlagen
le la les de des un une et est en du que qui dans pour pas sur au avec salut voit voir se on ça bien il elle ce ne se plus par je vous nous merci bonjour cordialement madame monsieur ci-joint facture client compte carte date naissance habite travaille entreprise patient numéro téléphone adresse livraison
o a os as um uma e de do da dos das em no na para com por que não se mais como mas obrigado olá atenciosamente prezado fatura cliente conta cartão data nascimento mora trabalha empresa paciente número telefone endereço entrega
de het een en van in is dat op te zijn met voor niet aan er om ook als dan bij nog uit wel maar naar dank hallo groeten geachte bijlage factuur klant rekening kaart geboortedatum woont werkt bedrijf patiënt nummer telefoon adres levering
je tu nous vous ils elles mon ma mes ton ta tes son sa ses notre votre leur leurs ce cette ces cet du au aux où quand comment pourquoi parce aussi très trop peu beaucoup encore déjà toujours jamais rien tout tous toute toutes autre autres même avant après pendant depuis entre sous chez vers sans contre avoir être faire aller venir pouvoir vouloir devoir savoir voir prendre donner mettre dire parler demander répondre envoyer recevoir payer réserver annuler changer modifier vérifier ouvrir fermer voudrais voulais aimerais pourriez pouvez peux veux dois sais suis es sommes êtes sont ai as avons avez ont était étais serai sera fait fais faites dit vu pris mis eu été arrive arrivé arrivée reçu envoyé payé commande commandes colis livraison retour remboursement réservation table personnes personne soir matin midi jour jours semaine mois année aujourd'hui demain hier maintenant bientôt merci beaucoup bonsoir salut madame monsieur cher chère bonne bon mauvais grand petit nouveau nouvelle premier dernière prix mot passe compte problème question réponse aide besoin temps heure heures rendez-vous café thé eau pain très bien oui non peut-être mais ou donc car si alors comme
ich du wir ihr mein meine dein deine sein seine unser euer mich dich uns euch mir dir ihm ihnen wo wann wie warum weil auch sehr zu viel wenig schon noch immer nie nichts alles jeder jede andere gleich vorher nachher während seit zwischen unter gegen ohne kann können will wollen muss müssen soll sollen darf weiß wissen sehe sehen gebe geben nehme nehmen mache machen gehe gehen komme kommen sage sagen frage fragen antworten schicken bekommen bezahlen buchen stornieren ändern prüfen öffnen schließen möchte möchten hätte würde wäre bin bist ist sind seid war waren wird werden gemacht gesagt gesehen bekommen geschickt bestellt bestellung paket lieferung rückgabe erstattung reservierung tisch personen abend morgen mittag tage woche monat jahr heute gestern jetzt bald danke vielen guten abend tschüss frau herr liebe lieber gut schlecht groß klein neu neue erste letzte preis passwort konto problem frage antwort hilfe brauche zeit uhr termin kaffee tee wasser brot ja nein vielleicht aber oder also denn wenn dann
io tu noi voi loro mio mia miei mie tuo tua suo sua nostro vostro dove quando come perché anche molto troppo poco ancora già sempre mai niente tutto tutti altra stessa prima dopo durante tra fra sotto contro senza posso puoi può possiamo potete possono voglio vuoi vuole vorrei vorremmo devo deve dobbiamo so sai vedo vedere prendo prendere dare mettere parlare chiedere rispondere mandare ricevere pagare prenotare annullare cambiare controllare aprire chiudere arriva arrivato arrivata ricevuto mandato pagato ordine ordini pacco consegna reso rimborso prenotazione tavolo persone sera mattina pomeriggio giorni settimane mesi anni adesso subito presto grazie mille buongiorno buonasera arrivederci signora signore caro cara buona buono cattivo grande piccola nuovo nuova prezzo parola password problema domanda aiuto bisogno tempo ora ore appuntamento caffè acqua pane sì forse ma oppure dunque allora
yo tú nosotros vosotros ellos mi mis tu tus su sus nuestro vuestro dónde cuándo cómo porqué también muy demasiado poco mucho todavía siempre nunca nada todo todos otra misma antes después durante entre bajo contra sin puedo puedes puede podemos pueden quiero quieres quiere quisiera necesito debo debe sé sabes veo ver tomo tomar doy dar poner hablar pedir responder mandar recibir pagar reservar cancelar cambiar revisar abrir cerrar llega llegado recibido mandado pagado pedido paquete entrega devolución reembolso reserva mesa personas noche tarde días semanas meses años ahora pronto gracias buenos buenas días tardes noches adiós señora señor querido querida bueno buena malo grande pequeño nuevo nueva precio contraseña problema pregunta ayuda tiempo hora horas cita café agua pan sí quizás pero
eu você nós vocês eles elas meu minha meus minhas seu sua nosso nossa onde quando como porque também muito pouco ainda sempre nunca nada tudo todos outra mesma antes depois durante entre sob contra sem posso pode podemos podem quero quer queria preciso devo deve sei sabe vejo ver dar pôr falar pedir responder enviar receber pagar reservar cancelar mudar verificar abrir fechar chegou recebido enviado pago pedido pacote entrega devolução reembolso reserva mesa pessoas noite manhã tarde dias semanas meses anos agora logo obrigada bom boa dia tchau senhora senhor querido querida mau grande pequeno novo nova preço senha problema pergunta ajuda tempo hora horas consulta café água pão sim talvez mas ou então
ik jij je wij we jullie zij mijn jouw zijn haar ons onze waar wanneer hoe waarom ook heel te veel weinig nog altijd nooit niets alles iedereen andere zelfde voor na tijdens tussen onder tegen zonder kan kun kunnen wil wilt willen moet moeten weet weten zie zien geef geven neem nemen maak maken ga gaan kom komen zeg zeggen vraag vragen antwoorden sturen krijgen betalen boeken annuleren veranderen controleren openen sluiten zou zouden ben bent was waren wordt worden gedaan gezegd gezien gekregen gestuurd besteld bestelling pakket terugsturen terugbetaling reservering tafel personen avond ochtend middag dagen week maand jaar vandaag morgen gisteren nu snel bedankt goedemorgen goedenavond doei mevrouw meneer beste goed slecht groot klein nieuw nieuwe eerste laatste prijs wachtwoord rekening probleem vraag antwoord hulp nodig tijd uur afspraak koffie thee water brood ja nee misschien maar of dus want als dan
alta baja seguridad dudas fornitore fornitori pareja esposo esposa marido novio novia bankverbindung schadentag versicherungsnehmer anagrafica adres adresi ragione sede työsuhde alkaa henkilötunnukseni henkilötunnus henkilötunnukseen kargoya kargom verildi sipariş siparişi takip kodu şubesinde bekliyor sistema telemóvel telemovel
voinko voisinko voitteko haluaisin onko miten kuinka saako tarvitsen lapseni lapsen anställd lönespecifikation lön ad soyad soyadı adı sawubona molo dumela habari jambo namaste kumusta kya karna hoga hain galat naam mera meri mujhe aap nahi kaise kyun aur raha rahi chahiye bataiye kripya dhanyavaad shukriya theek usme consultas solicitud trámite expediente gestión nómina domicilio kaydı kayıt başvuru bilgi
kirjoita käännä tiivistä vastaa korjaa selitä muotoile laadi tervetuloviesti viesti viestin sähköpostin osoitteen ajanvaraus ajanvarauksen asiakkaan potilaan työntekijän maksu maksun kiitoksia aikana koska jotka olen olet ole vielä tämän tätä hänen heidän meidän teidän minun sinun uuden uutta toimisto toimiston virheen muistutus muistutuksen lyhyesti suomeksi englanniksi yaz özetle çevir kontrol istiyorum almak randevusu numarasıyla numaram adı telefonu ancak önce şimdi faturası ödemesi müşterinin hastanın şirketi şubesinde sözleşme sözleşmesi tarih saat saatte kişi kişisel veri veriler aldı verdi yapın yapar misiniz mısınız musunuz bana beni bize sizin benim
vize mektubu mektup kira sözleşmesi sözleşme nato nata nati nate översätt översätta översätter engelska svenska finska tyska İngilizceye İngilizce ingilizceye ingilizce Türkçeye Türkçe türkçeye türkçe Almancaya çevirir çevirin traduce traducir tradúcelo traduci tradurre traducilo traduis traduire traduisez übersetze übersetzen übersetzt englisch deutsch inglés español inglese italiano anglais français przetłumacz przetłumaczyć tłumacz angielski angielsku polski käännä käännös englanniksi suomeksi ruotsiksi vertaal vertalen engels oversett oversæt engelsk traduza traduzir inglês
`.split(/\s+/).filter(Boolean);

export const MORE_TECH = 'webhook webhooks endpoint endpoints payload payloads repo repos config configs cron crontab kubectl nginx localhost stdout stderr stdin async await regex json yaml toml dotenv env middleware backend frontend fullstack devops sysadmin sudo chmod chown grep sed awk ssh scp rsync tmux vim npm pnpm yarn pip venv conda pytest jest mocha eslint linter lint refactor rebase hotfix changelog readme dockerfile makefile runtime codebase monorepo microservice microservices serverless kubernetes k8s helm istio grpc protobuf websocket oauth jwt saml ldap sso mfa otp totp captcha cdn dns ssl tls https http api apis sdk cli gui ui ux url uri uuid guid sha md5 base64 utf-8 ascii unicode csv tsv xlsx pdf png jpg jpeg gif svg mp4 webp zip tar gzip DHCP VPN LAN WAN VLAN ARP BGP OSPF ICMP NTP SMTP IMAP POP3 FTP SFTP POST GET PUT PATCH DELETE HEAD OPTIONS CORS CSRF XSS SQLi RBAC SSO SAML LDAP ACL IAM KMS S3 EC2 RDS GKE AKS EKS VM VMs CPU GPU RAM SSD HDD NVMe USB HDMI BIOS UEFI OS SDK CLI GUI UI UX QA CI CD PR MR SLA SLO KPI OKR ETA FYI ASAP EOD TBD TODO FIXME NB PS CC BCC Re Fwd Attn Ref Ext Dept HR IT PTO WFH OOO EOD DEA NPI SSN SSNs ITIN EIN NHS NINO TFN ABN ACN PESEL NIE NIF DNI IBAN BIC SWIFT MBI VIN DOB NRIC UEN CPF CURP RFC RRN BSN AADHAAR GSTIN CVV CVC IMEI MRN admin admins superuser mutex mutexes semaphore semaphores deadlock scrum kanban agile sprint backlog standup retro epic epics spike jira-ticket changeset pipeline pipelines linter txid txids txn txns traceroute tracert nslookup toolchain toolchains ID SegWit Taproot Bech32 Luhn Verhoeff Jenkinsfile Vagrantfile Procfile Gemfile Podfile Brewfile Dockerfile backoff waybill KSh Ksh USh TSh Rs Rp RM zł Kč C.F. C.F P.IVA IVA PEC BAS ACRA RICA Personnr Celsius Fahrenheit Kelvin IdentityFile HostName UTXO UTXOs utxo utxos Wi-Fi WiFi wifi Bluetooth NaN nan ValueError TypeError KeyError IndexError AttributeError RuntimeError ImportError NameError SyntaxError ZeroDivisionError FileNotFoundError PermissionError TimeoutError ConnectionError OSError IOError AssertionError StopIteration NullPointerException IllegalArgumentException IllegalStateException ClassNotFoundException OutOfMemoryError StackOverflowError ReferenceError RangeError segfault traceback stacktrace WARN INFO DEBUG TRACE FATAL CRIT NOTICE auth haproxy mainnet testnet'.split(' ');
