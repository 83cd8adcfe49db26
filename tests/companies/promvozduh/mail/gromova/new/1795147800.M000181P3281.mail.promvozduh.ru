Message-ID: <B7E7C718B4F3CFF325F9471A7C92D73B@mail.compressor-market.ru>
Date: Fri, 20 Nov 2026 07:10:00 +0300
From: =?utf-8?b?0JrQvtC80L/RgNC10YHRgdC+0YDQvdGL0Lkg0YDRi9C90L7Qug==?=
 <news@compressor-market.ru>
To:
 =?utf-8?b?0J3QsNGC0LDQu9GM0Y8g0JPRgNC+0LzQvtCy0LA=?= <n.gromova@promvozduh.ru>
Subject: =?utf-8?b?0JrQvtC80L/RgNC10YHRgdC+0YDQvdGL0Lkg0YDRi9C90L7Qujog0LQ=?=
 =?utf-8?b?0LDQudC00LbQtdGB0YIg0LfQsCDQvdC+0Y/QsdGA0Yw=?=
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
List-Unsubscribe: <https://compressor-market.ru/unsubscribe>
Precedence: bulk
List-Id: <digest.compressor-market.ru>
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Calibri,Arial,sans-serif;fon=
t-size:11pt">
=D0=9A=D0=9E=D0=9C=D0=9F=D0=A0=D0=95=D0=A1=D0=A1=D0=9E=D0=A0=D0=9D=D0=AB=D0=
=99 =D0=A0=D0=AB=D0=9D=D0=9E=D0=9A =E2=80=94 =D0=B4=D0=B0=D0=B9=D0=B4=D0=B6=
=D0=B5=D1=81=D1=82, =D0=BD=D0=BE=D1=8F=D0=B1=D1=80=D1=8C 2026<br>
<br>
=E2=80=A2 =D0=98=D1=82=D0=BE=D0=B3=D0=B8 III =D0=BA=D0=B2=D0=B0=D1=80=D1=82=
=D0=B0=D0=BB=D0=B0: =D1=81=D0=BF=D1=80=D0=BE=D1=81 =D0=BD=D0=B0 =D0=BE=D1=81=
=D1=83=D1=88=D0=B8=D1=82=D0=B5=D0=BB=D0=B8 =D0=B2=D1=8B=D1=80=D0=BE=D1=81 =D0=
=BD=D0=B0 14%<br>
=E2=80=A2 =D0=A1=D0=B5=D1=80=D0=B2=D0=B8=D1=81=D0=BD=D1=8B=D0=B5 =D0=BA=D0=BE=
=D0=BD=D1=82=D1=80=D0=B0=D0=BA=D1=82=D1=8B: =D0=BF=D0=BE=D1=87=D0=B5=D0=BC=D1=
=83 =D0=B7=D0=B0=D0=BA=D0=B0=D0=B7=D1=87=D0=B8=D0=BA=D0=B8 =D1=83=D1=85=D0=BE=
=D0=B4=D1=8F=D1=82 =D0=BE=D1=82 =D1=80=D0=B0=D0=B7=D0=BE=D0=B2=D1=8B=D1=85 =
=D0=B2=D1=8B=D0=B7=D0=BE=D0=B2=D0=BE=D0=B2<br>
=E2=80=A2 =D0=98=D0=BD=D1=82=D0=B5=D1=80=D0=B2=D1=8C=D1=8E: =D0=B3=D0=BB=D0=
=B0=D0=B2=D0=BD=D1=8B=D0=B9 =D1=8D=D0=BD=D0=B5=D1=80=D0=B3=D0=B5=D1=82=D0=B8=
=D0=BA =D0=BE =D0=BC=D0=BE=D0=BD=D0=B8=D1=82=D0=BE=D1=80=D0=B8=D0=BD=D0=B3=D0=
=B5 =D0=BA=D0=BE=D0=BC=D0=BF=D1=80=D0=B5=D1=81=D1=81=D0=BE=D1=80=D0=BD=D1=8B=
=D1=85 =D1=81=D1=82=D0=B0=D0=BD=D1=86=D0=B8=D0=B9<br>
=E2=80=A2 =D0=9A=D0=B0=D0=BB=D0=B5=D0=BD=D0=B4=D0=B0=D1=80=D1=8C =D0=BE=D1=82=
=D1=80=D0=B0=D1=81=D0=BB=D0=B5=D0=B2=D1=8B=D1=85 =D1=81=D0=BE=D0=B1=D1=8B=D1=
=82=D0=B8=D0=B9 =D0=BD=D0=B0 =D0=B4=D0=B5=D0=BA=D0=B0=D0=B1=D1=80=D1=8C<br>
<br>
=D0=A7=D0=B8=D1=82=D0=B0=D1=82=D1=8C =D0=BF=D0=BE=D0=BB=D0=BD=D0=BE=D1=81=D1=
=82=D1=8C=D1=8E =D0=BD=D0=B0 =D1=81=D0=B0=D0=B9=D1=82=D0=B5 compressor-market=
.ru<br>
<br>
=D0=92=D1=8B =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D0=BB=D0=B8 =D1=8D=D1=82=D0=
=BE =D0=BF=D0=B8=D1=81=D1=8C=D0=BC=D0=BE, =D0=BF=D0=BE=D1=82=D0=BE=D0=BC=D1=
=83 =D1=87=D1=82=D0=BE =D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=81=D0=B0=D0=BD=D1=8B=
 =D0=BD=D0=B0 =D1=80=D0=B0=D1=81=D1=81=D1=8B=D0=BB=D0=BA=D1=83 =C2=AB=D0=9A=
=D0=BE=D0=BC=D0=BF=D1=80=D0=B5=D1=81=D1=81=D0=BE=D1=80=D0=BD=D1=8B=D0=B9 =D1=
=80=D1=8B=D0=BD=D0=BE=D0=BA=C2=BB. =D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B0=D1=82=
=D1=8C=D1=81=D1=8F: https://compressor-market.ru/unsubscribe<br>
</div></body></html>
